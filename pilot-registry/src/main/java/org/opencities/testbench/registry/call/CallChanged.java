package org.opencities.testbench.registry.call;

import org.opencities.testbench.registry.Conflict;

/** Raised when a call changed since the caller read it. */
public class CallChanged extends Conflict {

    public CallChanged(CallId id, long expected) {
        super("Call " + id + " changed since version " + expected + "; read it again and reapply your change");
    }
}
