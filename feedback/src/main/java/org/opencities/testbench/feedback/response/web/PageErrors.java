package org.opencities.testbench.feedback.response.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencities.testbench.feedback.Violation;
import org.opencities.testbench.feedback.questionnaire.Answer;
import org.opencities.testbench.feedback.questionnaire.ChoiceItem;
import org.opencities.testbench.feedback.questionnaire.FreeTextItem;
import org.opencities.testbench.feedback.questionnaire.InstrumentBlock;
import org.opencities.testbench.feedback.questionnaire.Item;
import org.opencities.testbench.feedback.questionnaire.Questionnaire;

/**
 * The questionnaire's refusals of a page's answers as messages in the tester's language, one per
 * field. The questionnaire explains itself in English to developers; a tester is told what to do
 * with the field instead, from what kind of item it is and what they sent.
 */
final class PageErrors {

    private PageErrors() {
    }

    static Map<String, String> of(Questionnaire questionnaire, List<Violation> violations, Map<String, Answer> answers,
            QuestionnairePage.Texts texts) {
        var messages = new LinkedHashMap<String, String>();
        for (Violation violation : violations) {
            String key = violation.field().startsWith("answers.") ? violation.field().substring("answers.".length())
                    : violation.field();
            questionnaire.items().stream().filter(item -> item.answerKeys().contains(key)).findFirst()
                    .ifPresent(item -> messages.putIfAbsent(key, message(item, answers, answers.get(key), texts)));
        }
        return messages;
    }

    private static String message(Item item, Map<String, Answer> answers, Answer answer, QuestionnairePage.Texts texts) {
        if (answer == null) {
            boolean partOfABlock = item instanceof InstrumentBlock block
                    && block.answerKeys().stream().anyMatch(answers::containsKey);
            return texts.text(partOfABlock ? "page.error.block" : "page.error.required");
        }
        if (item instanceof FreeTextItem free) {
            return texts.text("page.error.tooLong", free.maxLength());
        }
        if (item instanceof ChoiceItem) {
            return texts.text("page.error.choose");
        }
        return texts.text("page.error.scale");
    }
}
