package org.opencities.testbench.probes.history;

/** A query parameter of the measurement history has a value it cannot use; says which and why. */
public class InvalidMeasurementQuery extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidMeasurementQuery(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
