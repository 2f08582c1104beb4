package org.opencities.testbench.feedback;

import java.util.List;

/**
 * Base of the module's refusals of well-formed requests that break a rule (answers out of range,
 * missing translations), answered with 422 and every violation listed.
 */
public class Unprocessable extends RuntimeException {

    private final List<Violation> violations;

    public Unprocessable(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
