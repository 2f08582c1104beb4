package org.opencities.testbench.registry.call;

import org.opencities.testbench.registry.Conflict;

/** Raised when a call is asked to do what its current state does not allow. */
public class IllegalCallTransition extends Conflict {

    public IllegalCallTransition(String message) {
        super(message);
    }

    static IllegalCallTransition between(CallId id, CallState from, CallState to) {
        String hint = to == CallState.AWARDED && from == CallState.EVALUATING
                ? "; award it with POST /api/v1/calls/" + id + "/award"
                : "; from " + from + " it may move to "
                        + (from.allowedTargets().isEmpty() ? "no other state" : from.allowedTargets().toString());
        return new IllegalCallTransition("Call " + id + " cannot move from " + from + " to " + to + hint);
    }
}
