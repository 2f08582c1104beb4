package org.opencities.testbench.orchestrator.inventory;

import org.opencities.testbench.orchestrator.Conflict;

/** A segment changed between reading it and writing a change to it. */
public class SegmentChanged extends Conflict {

    public SegmentChanged(SegmentId id) {
        super("Segment " + id + " changed since you read it; read it again and apply your change to the new version");
    }
}
