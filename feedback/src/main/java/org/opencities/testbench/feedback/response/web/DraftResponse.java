package org.opencities.testbench.feedback.response.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.opencities.testbench.feedback.questionnaire.Answer;
import org.opencities.testbench.feedback.response.Draft;

/** A saved draft, with the answers in the shape they were sent. */
record DraftResponse(String campaignId, String language, Instant savedAt, Map<String, Object> answers) {

    static DraftResponse of(Draft draft) {
        var answers = new LinkedHashMap<String, Object>();
        new TreeMap<>(draft.answers()).forEach((key, answer) -> answers.put(key, value(answer)));
        return new DraftResponse(draft.campaignId().toString(), draft.language(), draft.savedAt(), answers);
    }

    private static Object value(Answer answer) {
        if (answer instanceof Answer.Whole whole) {
            return whole.value();
        }
        if (answer instanceof Answer.Words words) {
            return words.text();
        }
        return ((Answer.Selection) answer).values();
    }
}
