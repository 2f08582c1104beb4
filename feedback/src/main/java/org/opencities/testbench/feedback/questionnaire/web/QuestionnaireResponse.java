package org.opencities.testbench.feedback.questionnaire.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.opencities.testbench.feedback.questionnaire.Questionnaire;
import org.opencities.testbench.feedback.questionnaire.document.ItemDocument;

/**
 * A questionnaire version as the API shows it to authors.
 *
 * @param status {@code draft} or {@code published}
 */
record QuestionnaireResponse(String id, int version, String status, Instant publishedAt, Map<String, String> title,
        List<String> languages, List<ItemDocument> items) {

    static QuestionnaireResponse of(Questionnaire questionnaire) {
        return new QuestionnaireResponse(questionnaire.id().toString(), questionnaire.version(),
                questionnaire.published() ? "published" : "draft", questionnaire.publishedAt(),
                questionnaire.title().texts(), questionnaire.languages(),
                questionnaire.items().stream().map(ItemDocument::of).toList());
    }
}
