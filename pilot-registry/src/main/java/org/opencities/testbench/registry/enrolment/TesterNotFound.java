package org.opencities.testbench.registry.enrolment;

import org.opencities.testbench.registry.NotFound;

/** Thrown when a tester token names no enrolment: mistyped, or the tester's data was erased. */
public class TesterNotFound extends NotFound {

    public TesterNotFound() {
        super("No enrolment belongs to this tester token; use the personal link you got when you enrolled");
    }
}
