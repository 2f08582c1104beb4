package org.opencities.testbench.orchestrator.inventory.web;

import org.opencities.testbench.orchestrator.admission.Direction;
import org.opencities.testbench.orchestrator.admission.SegmentCapacity;

/**
 * One direction of a segment as the API shows it, in kbit/s: usable capacity, the two admission
 * limits, what is committed against each and what is still free.
 */
public record DirectionCapacity(long usableKbps, long guaranteedLimitKbps, long maximumLimitKbps,
        long committedGuaranteedKbps, long committedMaximumKbps, long freeGuaranteedKbps, long freeMaximumKbps) {

    public static DirectionCapacity of(SegmentCapacity capacity, Direction direction) {
        var committed = capacity.committed(direction);
        return new DirectionCapacity(capacity.usableKbps(direction), capacity.guaranteedLimitKbps(direction),
                capacity.maximumLimitKbps(direction), committed.guaranteedKbps(), committed.maximumKbps(),
                capacity.freeGuaranteedKbps(direction), capacity.freeMaximumKbps(direction));
    }
}
