package org.opencities.testbench.feedback.consent;

import java.util.Locale;
import java.util.Optional;

/** The published consent texts, every version of every purpose in every language. */
public interface ConsentTexts {

    /**
     * Stores a newly published text.
     *
     * @throws ConsentTextAlreadyPublished if its purpose, version and language, or its id, are taken
     */
    void add(ConsentText text);

    /** The highest version of the purpose's text in exactly this language, if there is one. */
    Optional<ConsentText> latest(ConsentPurpose purpose, Locale language);
}
