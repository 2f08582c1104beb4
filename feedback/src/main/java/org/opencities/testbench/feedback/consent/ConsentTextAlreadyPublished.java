package org.opencities.testbench.feedback.consent;

/** Thrown when a consent text's version is already taken; published texts are never replaced. */
public class ConsentTextAlreadyPublished extends RuntimeException {

    public ConsentTextAlreadyPublished(ConsentText text) {
        super("Consent text %s for %s version %d in '%s' is already published; publish it as version %d instead"
                .formatted(text.id(), text.purpose(), text.version(), text.language().toLanguageTag(),
                        text.version() + 1));
    }
}
