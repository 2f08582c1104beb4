package org.opencities.testbench.orchestrator.inventory.web;

import org.opencities.testbench.orchestrator.inventory.Segment;

/** A segment as the REST API shows it; rates in kbit/s. */
record SegmentResponse(String id, String city, String centralOffice, String olt, String ponPort, String technology,
        int splitRatio, String status, long usableDownKbps, long usableUpKbps) {

    static SegmentResponse of(Segment segment) {
        return new SegmentResponse(segment.id().value(), segment.city(), segment.centralOffice(), segment.olt(),
                segment.ponPort(), segment.technology().name(), segment.splitRatio(), segment.status().name(),
                segment.usableDownKbps(), segment.usableUpKbps());
    }
}
