package org.opencities.testbench.feedback;

/**
 * Base of the module's refusals caused by the current state of a thing (a published version, an
 * answered campaign, a campaign not yet open), which the web layer answers with 409.
 */
public class Conflict extends RuntimeException {

    private final String field;

    public Conflict(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field or header the refusal concerns. */
    public String field() {
        return field;
    }
}
