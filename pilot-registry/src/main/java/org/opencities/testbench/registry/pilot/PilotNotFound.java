package org.opencities.testbench.registry.pilot;

import org.opencities.testbench.registry.NotFound;

/** Thrown when a pilot id names no pilot, or none the caller may see. */
public class PilotNotFound extends NotFound {

    public PilotNotFound(PilotId id) {
        super("No pilot with id '" + id + "'; list the pilots you may see at /api/v1/pilots");
    }
}
