package org.opencities.testbench.feedback.consent;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One published version of the text a tester agrees to, in one language. Published texts never
 * change: a correction is a new version, so that every recorded consent keeps pointing at the
 * words the tester actually read.
 *
 * @param version 1 for the first text of a purpose, counting up per purpose and language
 * @param language BCP 47 tag of at most 8 characters, e.g. {@code fi} or {@code sv-FI}
 */
public record ConsentText(ConsentTextId id, ConsentPurpose purpose, int version, Locale language, String body,
        Instant publishedAt) {

    public ConsentText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (version < 1) {
            throw new IllegalArgumentException("consent text versions start at 1: " + version);
        }
        String tag = language.toLanguageTag();
        if (language.getLanguage().isEmpty() || tag.length() > 8) {
            throw new IllegalArgumentException("consent text language must be a BCP 47 tag of at most 8 characters: " + tag);
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("consent text body must not be blank");
        }
    }
}
