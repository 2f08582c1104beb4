package org.opencities.testbench.orchestrator;

import java.util.Map;

/**
 * The request is well-formed but breaks a business rule (an inconsistent bandwidth profile, a
 * city without capacity): answered 422. {@link #field()} names the offending field when there is one.
 */
public abstract class Unprocessable extends RuntimeException {

    private final String field;

    protected Unprocessable(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field the rule is about, or {@code null}. */
    public String field() {
        return field;
    }

    /** The field error as problem details list it. */
    public Map<String, String> fieldError() {
        return Map.of("field", field == null ? "" : field, "reason", getMessage());
    }

    /** Further members of the problem details, e.g. the refusals with their numbers. */
    public Map<String, Object> details() {
        return Map.of();
    }
}
