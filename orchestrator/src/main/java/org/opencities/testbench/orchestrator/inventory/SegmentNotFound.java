package org.opencities.testbench.orchestrator.inventory;

import org.opencities.testbench.orchestrator.NotFound;

/** Thrown when a segment id names no segment of the inventory. */
public class SegmentNotFound extends NotFound {

    public SegmentNotFound(SegmentId id) {
        super("No segment with id '" + id + "'; list the segments at /api/v1/segments");
    }
}
