package org.opencities.testbench.registry.call;

import org.opencities.testbench.registry.Conflict;

/** Raised when a new call's id is already used by another call. */
public class CallTaken extends Conflict {

    public CallTaken(CallId id) {
        super("A call with id '" + id + "' exists already; choose another id");
    }
}
