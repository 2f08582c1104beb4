package org.opencities.testbench.registry.pilot;

import org.opencities.testbench.registry.Conflict;

/** Raised when a pilot is asked to move to a state its current state does not lead to. */
public class IllegalTransition extends Conflict {

    public IllegalTransition(PilotId pilot, PilotState from, PilotState to) {
        super("Pilot " + pilot + " cannot move from " + from + " to " + to + "; from " + from + " it may move to "
                + (from.allowedTargets().isEmpty() ? "no other state" : from.allowedTargets().toString()));
    }
}
