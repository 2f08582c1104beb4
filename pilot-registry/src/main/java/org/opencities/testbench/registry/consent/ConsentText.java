package org.opencities.testbench.registry.consent;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One published version of the text for a purpose, with its translation into every supported
 * language. Published versions never change: a correction is a new version, so that every
 * recorded consent keeps pointing at the words the tester actually read.
 *
 * @param translations text per language code; one for each of {@link Languages#SUPPORTED}
 */
public record ConsentText(ConsentPurpose purpose, int version, Map<String, String> translations, Instant publishedAt,
        String publishedBy) {

    /** Longest text a translation may have; consent must stay short enough to be read. */
    public static final int MAX_LENGTH = 4000;

    public ConsentText {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (version < 1) {
            throw new IllegalArgumentException("consent text versions start at 1: " + version);
        }
        translations = Map.copyOf(translations);
    }

    /**
     * The next version of a purpose's text, after checking that it is complete: one non-blank
     * translation per supported language and none for another language.
     */
    public static ConsentText publish(ConsentPurpose purpose, int version, Map<String, String> translations,
            Instant at, String actor) {
        var missing = Languages.SUPPORTED.stream()
                .filter(language -> translations.get(language) == null || translations.get(language).isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new IncompleteConsentText("translations", "Every language needs its text; missing: "
                    + String.join(", ", missing));
        }
        var unknown = new TreeMap<>(translations).keySet().stream().filter(language -> !Languages.supported(language))
                .toList();
        if (!unknown.isEmpty()) {
            throw new IncompleteConsentText("translations", "Unsupported languages " + unknown + "; use "
                    + String.join(", ", Languages.SUPPORTED));
        }
        var tooLong = translations.entrySet().stream().filter(entry -> entry.getValue().length() > MAX_LENGTH)
                .map(Map.Entry::getKey).sorted().toList();
        if (!tooLong.isEmpty()) {
            throw new IncompleteConsentText("translations", "Texts longer than " + MAX_LENGTH + " characters in "
                    + tooLong + "; shorten them");
        }
        var trimmed = new TreeMap<String, String>();
        translations.forEach((language, text) -> trimmed.put(language, text.strip()));
        return new ConsentText(purpose, version, trimmed, at, actor);
    }

    /** The text in the language, or in English where the language is not supported. */
    public String in(String language) {
        return translations.getOrDefault(language, translations.get("en"));
    }
}
