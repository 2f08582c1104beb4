package org.opencities.testbench.registry.consent;

import org.opencities.testbench.registry.Unprocessable;

/** A consent text that cannot be published: a language is missing, unknown or its text too long. */
public class IncompleteConsentText extends Unprocessable {

    public IncompleteConsentText(String field, String message) {
        super(field, message);
    }
}
