package org.opencities.testbench.orchestrator.admission;

import org.opencities.testbench.orchestrator.Unprocessable;

/**
 * A bandwidth profile that no T-CONT type can serve, refused before it reaches an OLT.
 *
 * @see BandwidthProfile#tcontType()
 */
public class InvalidProfile extends Unprocessable {

    /** @param field the profile field at fault, e.g. {@code pirKbps}; callers that know the direction prefix it */
    public InvalidProfile(String field, String reason) {
        super(field, reason);
    }

    /** The same refusal with the field named under a prefix such as {@code downstream.}. */
    public InvalidProfile under(String prefix) {
        return new InvalidProfile(prefix + field(), getMessage());
    }
}
