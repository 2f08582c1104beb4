package org.opencities.testbench.feedback.questionnaire;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One text in the languages it has been written in, by language code.
 *
 * @param texts language code to non-blank text
 */
public record Translations(Map<String, String> texts) {

    public Translations {
        // Checked before copying, which would refuse a missing text with no word of which one.
        texts.forEach((language, text) -> {
            if (!Languages.supported(language)) {
                throw new IllegalArgumentException(Languages.refusal(language));
            }
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("the '" + language + "' text is blank; leave the language out instead");
            }
        });
        texts = Map.copyOf(texts);
    }

    public static Translations of(Map<String, String> texts) {
        return new Translations(texts);
    }

    public Optional<String> in(String language) {
        return Optional.ofNullable(texts.get(language));
    }

    /** The text in the language, else in English: only for optional texts such as help. */
    public Optional<String> inOrEnglish(String language) {
        return in(language).or(() -> in(Languages.ENGLISH));
    }

    /** The wanted languages this text has no translation in, in the order given. */
    public List<String> missingIn(Collection<String> languages) {
        return languages.stream().filter(language -> !texts.containsKey(language)).toList();
    }
}
