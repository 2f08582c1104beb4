package org.opencities.testbench.orchestrator.inventory.web;

import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentStatus;

/** The parts of a segment an operator may change in place; an absent member keeps its value. */
record SegmentPatch(SegmentStatus status, Double headroom, Double overbooking, Long usableDownKbps, Long usableUpKbps) {

    Segment applyTo(Segment segment) {
        return segment.reconfigured(status == null ? segment.status() : status,
                headroom == null ? segment.headroom() : headroom,
                overbooking == null ? segment.overbooking() : overbooking,
                usableDownKbps == null ? segment.usableDownKbps() : usableDownKbps,
                usableUpKbps == null ? segment.usableUpKbps() : usableUpKbps);
    }
}
