package org.opencities.testbench.probes.schedule;

/** A run was asked to move to a state its current state does not lead to. */
public class IllegalRunTransition extends IllegalStateException {

    public IllegalRunTransition(Run run, RunState next) {
        super("run " + run.id() + " of task " + run.taskId() + " cannot go from " + run.state().label() + " to "
                + next.label());
    }
}
