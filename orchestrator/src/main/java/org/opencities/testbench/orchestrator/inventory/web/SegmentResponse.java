package org.opencities.testbench.orchestrator.inventory.web;

import org.opencities.testbench.orchestrator.admission.Direction;
import org.opencities.testbench.orchestrator.admission.SegmentCapacity;
import org.opencities.testbench.orchestrator.inventory.Segment;

/**
 * A segment as the REST API shows it, with what is committed and free per direction; rates in
 * kbit/s, {@code probe} as {@code host:port} or absent.
 */
record SegmentResponse(String id, String city, String centralOffice, String olt, String ponPort, String technology,
        int splitRatio, int ontCount, String status, long usableDownKbps, long usableUpKbps, double headroom,
        double overbooking, String probe, DirectionCapacity downstream, DirectionCapacity upstream) {

    static SegmentResponse of(Segment segment, SegmentCapacity capacity) {
        return new SegmentResponse(segment.id().value(), segment.city(), segment.centralOffice(), segment.olt(),
                segment.ponPort(), segment.technology().name(), segment.splitRatio(), segment.ontCount(),
                segment.status().name(), segment.usableDownKbps(), segment.usableUpKbps(), segment.headroom(),
                segment.overbooking(), segment.probe() == null ? null : segment.probe().toString(),
                DirectionCapacity.of(capacity, Direction.DOWNSTREAM), DirectionCapacity.of(capacity, Direction.UPSTREAM));
    }
}
