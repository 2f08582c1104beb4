package org.opencities.testbench.registry.call.application;

import org.opencities.testbench.registry.Conflict;

/** Raised when an application changed since it was read. */
public class ApplicationChanged extends Conflict {

    public ApplicationChanged(ApplicationId id) {
        super("Application " + id + " changed meanwhile; read it again and retry");
    }
}
