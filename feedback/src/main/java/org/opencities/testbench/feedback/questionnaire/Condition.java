package org.opencities.testbench.feedback.questionnaire;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Show an item only if an earlier answer is one of some values ("show if item X has answer Y").
 *
 * @param answerKey key of an earlier answer, e.g. {@code uses-bike} or {@code nps}
 * @param values the answers that show the item, written as text ({@code "9"}, {@code "yes"})
 */
public record Condition(String answerKey, Set<String> values) {

    public Condition {
        Objects.requireNonNull(answerKey, "answerKey");
        values = Set.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a condition on '" + answerKey + "' needs at least one value");
        }
    }

    /** Whether the given answers show the item: the answer is there and is one of the values. */
    public boolean holds(Map<String, Answer> answers) {
        var answer = answers.get(answerKey);
        return answer != null && answer.matchesAny(values);
    }
}
