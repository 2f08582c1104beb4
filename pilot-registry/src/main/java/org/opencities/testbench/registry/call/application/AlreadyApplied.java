package org.opencities.testbench.registry.call.application;

import org.opencities.testbench.registry.Conflict;

/** Raised when an app applies to a call it has applied to before. */
public class AlreadyApplied extends Conflict {

    public AlreadyApplied(String app, String call) {
        super("App " + app + " has applied to call " + call + " already; an app applies once per call");
    }
}
