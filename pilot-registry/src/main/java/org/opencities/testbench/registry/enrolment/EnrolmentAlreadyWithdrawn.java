package org.opencities.testbench.registry.enrolment;

import java.time.Instant;

import org.opencities.testbench.registry.Conflict;

/** Thrown when a tester withdraws an enrolment that was withdrawn before. */
public class EnrolmentAlreadyWithdrawn extends Conflict {

    public EnrolmentAlreadyWithdrawn(Instant at) {
        super("You withdrew from this pilot at " + at + "; there is nothing more to withdraw");
    }
}
