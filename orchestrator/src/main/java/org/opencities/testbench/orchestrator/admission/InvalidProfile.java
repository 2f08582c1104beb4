package org.opencities.testbench.orchestrator.admission;

/**
 * A bandwidth profile that no T-CONT type can serve, refused before it reaches an OLT.
 *
 * @see BandwidthProfile#tcontType()
 */
public class InvalidProfile extends RuntimeException {

    private final String field;

    public InvalidProfile(String field, String reason) {
        super(reason);
        this.field = field;
    }

    /** The profile field at fault, e.g. {@code pirKbps}; prefixed with the direction by callers that know it. */
    public String field() {
        return field;
    }

    /** The same refusal with the field named under a prefix such as {@code downstream.}. */
    public InvalidProfile under(String prefix) {
        return new InvalidProfile(prefix + field, getMessage());
    }
}
