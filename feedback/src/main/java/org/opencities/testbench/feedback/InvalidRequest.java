package org.opencities.testbench.feedback;

import java.util.List;

/** A request with malformed fields (an unknown language code, an item without a key), answered with 400. */
public class InvalidRequest extends RuntimeException {

    private final List<Violation> violations;

    public InvalidRequest(List<Violation> violations) {
        super("The request has invalid fields: " + violations);
        this.violations = List.copyOf(violations);
    }

    public InvalidRequest(String field, String reason) {
        this(List.of(new Violation(field, reason)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
