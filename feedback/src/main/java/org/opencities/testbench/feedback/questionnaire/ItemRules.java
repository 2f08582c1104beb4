package org.opencities.testbench.feedback.questionnaire;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What every item has besides its question: its key, whether it must be answered, when it is shown,
 * and optional help text (the one text that may fall back to English).
 *
 * @param key lower-case letters, digits and hyphens, 1-40 characters, unique in its questionnaire
 * @param showIf the condition that shows the item, or {@code null} for always
 * @param help optional help text, or {@code null}
 */
public record ItemRules(String key, boolean required, Condition showIf, Translations help) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public ItemRules {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("key '" + key + "' must be 1-40 lower-case letters, digits or hyphens");
        }
    }

    public Optional<Condition> condition() {
        return Optional.ofNullable(showIf);
    }

    public Optional<Translations> helpText() {
        return Optional.ofNullable(help);
    }
}
