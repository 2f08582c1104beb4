package org.opencities.testbench.feedback.response.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencities.testbench.feedback.questionnaire.Answer;
import org.opencities.testbench.feedback.questionnaire.ChoiceItem;
import org.opencities.testbench.feedback.questionnaire.FreeTextItem;
import org.opencities.testbench.feedback.questionnaire.Item;
import org.opencities.testbench.feedback.questionnaire.Questionnaire;

/**
 * The tester page's form fields read into answers: each field is named by its answer key; blank
 * fields are unanswered. Scale fields hold whole numbers (anything else stays text, which the
 * questionnaire then refuses), a multiple choice sends one value per ticked box.
 */
final class AnswerForm {

    private AnswerForm() {
    }

    /** What the tester filled in, as the form sent it, by answer key; blank fields are left out. */
    static Map<String, List<String>> filledIn(Questionnaire questionnaire, Map<String, String[]> parameters) {
        var filled = new LinkedHashMap<String, List<String>>();
        questionnaire.items().forEach(item -> item.answerKeys().forEach(key -> {
            var values = Arrays.stream(parameters.getOrDefault(key, new String[0])).filter(value -> !value.isBlank()).toList();
            if (!values.isEmpty()) {
                filled.put(key, values);
            }
        }));
        return filled;
    }

    /** The answers as the questionnaire reads them. */
    static Map<String, Answer> answers(Questionnaire questionnaire, Map<String, List<String>> filledIn) {
        var answers = new LinkedHashMap<String, Answer>();
        for (Item item : questionnaire.items()) {
            for (String key : item.answerKeys()) {
                var values = filledIn.get(key);
                if (values != null) {
                    answers.put(key, answer(item, values));
                }
            }
        }
        return answers;
    }

    /**
     * The answers without those to items whose condition the other answers do not meet. Without
     * JavaScript the page shows every item, so a tester may have answered one they were not asked;
     * conditions are judged in item order, on the answers kept so far.
     */
    static Map<String, Answer> asked(Questionnaire questionnaire, Map<String, Answer> answers) {
        var kept = new LinkedHashMap<String, Answer>();
        for (Item item : questionnaire.items()) {
            boolean shown = item.rules().condition().map(condition -> condition.holds(kept)).orElse(true);
            if (shown) {
                item.answerKeys().stream().filter(answers::containsKey).forEach(key -> kept.put(key, answers.get(key)));
            }
        }
        return kept;
    }

    private static Answer answer(Item item, List<String> values) {
        if (item instanceof ChoiceItem choice) {
            return choice.multiple() ? new Answer.Selection(values) : new Answer.Words(values.get(0));
        }
        if (item instanceof FreeTextItem) {
            return new Answer.Words(values.get(0));
        }
        try {
            return new Answer.Whole(Integer.parseInt(values.get(0).strip()));
        } catch (NumberFormatException e) {
            return new Answer.Words(values.get(0));
        }
    }
}
