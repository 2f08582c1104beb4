package org.opencities.testbench.orchestrator.inventory;

/** Thrown when a segment id names no segment of the inventory. */
public class SegmentNotFound extends RuntimeException {

    public SegmentNotFound(SegmentId id) {
        super("No segment with id '" + id + "'; list the segments at /api/v1/segments");
    }
}
