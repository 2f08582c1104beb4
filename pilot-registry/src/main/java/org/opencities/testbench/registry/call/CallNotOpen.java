package org.opencities.testbench.registry.call;

import org.opencities.testbench.registry.Conflict;

/** Raised when someone applies to, or withdraws from, a call that does not take applications now. */
public class CallNotOpen extends Conflict {

    public CallNotOpen(String message) {
        super(message);
    }
}
