package org.opencities.testbench.feedback.questionnaire;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A question answered in the tester's own words, stored as text and never interpreted. */
public record FreeTextItem(ItemRules rules, Translations text, int maxLength) implements Item {

    /** The longest answer any free-text item accepts. */
    public static final int LONGEST = 4000;

    public FreeTextItem {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(text, "text");
        if (maxLength < 1 || maxLength > LONGEST) {
            throw new IllegalArgumentException("maxLength must be from 1 to " + LONGEST + ", not " + maxLength);
        }
    }

    @Override
    public Optional<String> misfit(Answer answer) {
        if (!(answer instanceof Answer.Words words)) {
            return Optional.of("must be text");
        }
        if (words.text().isBlank()) {
            return Optional.of("is blank; leave the item out instead");
        }
        if (words.text().length() > maxLength) {
            return Optional.of("is %d characters long; at most %d are allowed".formatted(words.text().length(), maxLength));
        }
        return Optional.empty();
    }

    @Override
    public Map<String, Translations> requiredTexts() {
        return Map.of("text", text);
    }
}
