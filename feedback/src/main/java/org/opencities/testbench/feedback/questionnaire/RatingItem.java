package org.opencities.testbench.feedback.questionnaire;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A rating on a numeric scale, e.g. 1 to 5 stars or 0 to 10. */
public record RatingItem(ItemRules rules, Translations text, int min, int max) implements Item {

    public RatingItem {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(text, "text");
        if (min < 0 || max > 100 || min >= max) {
            throw new IllegalArgumentException("a rating runs from a minimum of 0 or more to a higher maximum of at most 100, not %d..%d"
                    .formatted(min, max));
        }
    }

    @Override
    public Optional<String> misfit(Answer answer) {
        return Scale.misfit(answer, min, max);
    }

    @Override
    public Map<String, Translations> requiredTexts() {
        return Map.of("text", text);
    }
}
