package org.opencities.testbench.feedback.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.opencities.testbench.feedback.Violation;

/** The checks a set of answers must pass against a questionnaire version; see {@link Questionnaire#checkSubmission}. */
final class AnswerChecks {

    private AnswerChecks() {
    }

    static List<Violation> check(Questionnaire questionnaire, Map<String, Answer> answers, boolean complete) {
        var violations = new ArrayList<Violation>();
        var known = new HashSet<String>();
        var items = questionnaire.items();
        items.forEach(item -> known.addAll(item.answerKeys()));
        answers.keySet().stream().filter(key -> !known.contains(key)).sorted().forEach(key -> violations.add(
                new Violation("answers." + key, "is not an item of version %d of this questionnaire".formatted(questionnaire.version()))));
        var misfits = new HashSet<String>();
        for (Item item : items) {
            item.answerKeys().stream().filter(key -> answers.containsKey(key) && item.misfit(answers.get(key)).isPresent())
                    .forEach(misfits::add);
        }
        for (Item item : items) {
            var condition = item.rules().condition();
            if (complete && condition.isPresent() && misfits.contains(condition.get().answerKey())) {
                // Whether the item is asked depends on an answer already refused: report only that answer.
                continue;
            }
            boolean shown = condition.map(c -> c.holds(answers)).orElse(true);
            boolean partlyAnswered = item.answerKeys().stream().anyMatch(answers::containsKey);
            for (String key : item.answerKeys()) {
                var answer = answers.get(key);
                String field = "answers." + key;
                if (answer != null) {
                    if (complete && !shown) {
                        violations.add(new Violation(field, hidden(item)));
                    } else {
                        item.misfit(answer).ifPresent(reason -> violations.add(new Violation(field, reason)));
                    }
                } else if (complete && shown && item.rules().required()) {
                    violations.add(new Violation(field, "is required"));
                } else if (complete && shown && partlyAnswered && item instanceof InstrumentBlock block) {
                    violations.add(new Violation(field, "is needed to score " + block.instrument().title()
                            + "; answer every item of the block or none"));
                }
            }
        }
        return violations;
    }

    private static String hidden(Item item) {
        var condition = item.rules().condition().orElseThrow();
        return "is not asked unless '%s' is one of %s; leave it out".formatted(condition.answerKey(),
                condition.values().stream().sorted().toList());
    }
}
