package org.opencities.testbench.registry.call;

import org.opencities.testbench.registry.NotFound;

/** Thrown when a call id names no call the caller may see. */
public class CallNotFound extends NotFound {

    public CallNotFound(CallId id) {
        super("No open call with id '" + id + "' that you may see; list the calls at /api/v1/calls");
    }
}
