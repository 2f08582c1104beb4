package org.opencities.testbench.orchestrator.admission;

import java.util.Objects;

import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.SegmentStatus;

/**
 * What a segment can still take: its usable capacity per direction, its admission factors and
 * what is committed on it now.
 *
 * @param headroom share of the usable capacity kept free of guaranteed rates, from 0 (inclusive) to 1
 * @param overbooking how many times the usable capacity the maximum rates may add up to, at least 1
 */
public record SegmentCapacity(SegmentId segment, String city, SegmentStatus status, long usableDownKbps,
        long usableUpKbps, double headroom, double overbooking, Load committedDown, Load committedUp) {

    public SegmentCapacity {
        Objects.requireNonNull(segment, "segment");
        if (!(headroom >= 0 && headroom < 1)) {
            throw new IllegalArgumentException("headroom of " + segment + " must be from 0 up to but not including 1, it is " + headroom);
        }
        if (!(overbooking >= 1)) {
            throw new IllegalArgumentException("overbooking of " + segment + " must be 1 or more, it is " + overbooking);
        }
    }

    public long usableKbps(Direction direction) {
        return direction == Direction.DOWNSTREAM ? usableDownKbps : usableUpKbps;
    }

    public Load committed(Direction direction) {
        return direction == Direction.DOWNSTREAM ? committedDown : committedUp;
    }

    /** Sum of guaranteed rates allowed: usable x (1 - headroom), rounded down. */
    public long guaranteedLimitKbps(Direction direction) {
        return (long) Math.floor(usableKbps(direction) * (1 - headroom));
    }

    /** Sum of maximum rates allowed: usable x overbooking, rounded down. */
    public long maximumLimitKbps(Direction direction) {
        return (long) Math.floor(usableKbps(direction) * overbooking);
    }

    /** Guaranteed rate still free in a direction. */
    public long freeGuaranteedKbps(Direction direction) {
        return guaranteedLimitKbps(direction) - committed(direction).guaranteedKbps();
    }

    /** The same segment with a demand added to what is committed. */
    public SegmentCapacity with(Demand demand) {
        return new SegmentCapacity(segment, city, status, usableDownKbps, usableUpKbps, headroom, overbooking,
                committedDown.plus(Load.of(demand.downstream())), committedUp.plus(Load.of(demand.upstream())));
    }
}
