package org.opencities.testbench.registry.call.application;

import org.opencities.testbench.registry.NotFound;

/** Thrown when an application id names no application of the call that the caller may see. */
public class ApplicationNotFound extends NotFound {

    public ApplicationNotFound(String id) {
        super("No application with id '" + id + "' to this call that you may see; list them at "
                + "/api/v1/calls/{id}/applications");
    }
}
