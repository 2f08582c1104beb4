package org.opencities.testbench.registry.pilot;

import org.opencities.testbench.registry.Conflict;

/** Raised when a pilot changed since the caller read it. */
public class PilotChanged extends Conflict {

    public PilotChanged(PilotId id, long expected) {
        super("Pilot " + id + " changed since version " + expected + "; read it again and reapply your change");
    }
}
