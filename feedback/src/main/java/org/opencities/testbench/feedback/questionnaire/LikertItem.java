package org.opencities.testbench.feedback.questionnaire;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement answered on a 5- or 7-point agreement scale, 1 (strongly disagree) to the number of
 * points (strongly agree).
 */
public record LikertItem(ItemRules rules, Translations text, int points) implements Item {

    public LikertItem {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(text, "text");
        if (points != 5 && points != 7) {
            throw new IllegalArgumentException("a Likert item has 5 or 7 points, not " + points);
        }
    }

    @Override
    public Optional<String> misfit(Answer answer) {
        return Scale.misfit(answer, 1, points);
    }

    @Override
    public Map<String, Translations> requiredTexts() {
        return Map.of("text", text);
    }
}
