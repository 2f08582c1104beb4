package org.opencities.testbench.registry.consent.web;

import java.time.Instant;

import org.opencities.testbench.registry.consent.ConsentText;

/**
 * A consent text in one language, as a tester reads it before agreeing. An enrolment names the
 * purpose and version it agrees to.
 */
record ConsentResponse(String purpose, int version, boolean required, String language, String text,
        Instant publishedAt) {

    static ConsentResponse of(ConsentText text, String language) {
        return new ConsentResponse(text.purpose().code(), text.version(), text.purpose().required(), language,
                text.in(language), text.publishedAt());
    }
}
