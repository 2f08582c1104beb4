package org.opencities.testbench.orchestrator.inventory;

/**
 * One PON tree: an OLT PON port, its splitter tree and the ONTs behind it.
 *
 * @param city id of the city the segment serves
 * @param centralOffice the central office that houses the OLT
 * @param splitRatio optical split, e.g. 64 for 1:64
 * @param usableDownKbps capacity that services may be admitted against, downstream
 * @param usableUpKbps capacity that services may be admitted against, upstream
 */
public record Segment(SegmentId id, String city, String centralOffice, String olt, String ponPort,
        Technology technology, int splitRatio, SegmentStatus status, long usableDownKbps, long usableUpKbps) {

    public Segment {
        if (usableDownKbps > technology.lineRateDownKbps() || usableUpKbps > technology.lineRateUpKbps()) {
            throw new IllegalArgumentException("usable capacity of " + id + " exceeds the " + technology + " line rate");
        }
    }
}
