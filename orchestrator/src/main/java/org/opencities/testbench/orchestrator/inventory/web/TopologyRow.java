package org.opencities.testbench.orchestrator.inventory.web;

import java.util.List;

import org.opencities.testbench.orchestrator.inventory.Segment;

/**
 * One segment in the import/export formats: a CSV record under a header of these names, or an
 * object of {@code {"segments": [...]}} in JSON. Rates in kbit/s; the probe columns are empty
 * when the segment has no probe.
 */
record TopologyRow(String id, String city, String centralOffice, String olt, String ponPort, String technology,
        int splitRatio, int ontCount, String status, long usableDownKbps, long usableUpKbps, double headroom,
        double overbooking, String probeHost, Integer probePort) {

    /** The columns in order, as the CSV header names them. */
    static final List<String> COLUMNS = List.of("id", "city", "centralOffice", "olt", "ponPort", "technology",
            "splitRatio", "ontCount", "status", "usableDownKbps", "usableUpKbps", "headroom", "overbooking",
            "probeHost", "probePort");

    static TopologyRow of(Segment segment) {
        return new TopologyRow(segment.id().value(), segment.city(), segment.centralOffice(), segment.olt(),
                segment.ponPort(), segment.technology().name(), segment.splitRatio(), segment.ontCount(),
                segment.status().name(), segment.usableDownKbps(), segment.usableUpKbps(), segment.headroom(),
                segment.overbooking(), segment.probe() == null ? null : segment.probe().host(),
                segment.probe() == null ? null : segment.probe().port());
    }

    /** The JSON document of a topology. */
    record Document(List<TopologyRow> segments) {
    }
}
