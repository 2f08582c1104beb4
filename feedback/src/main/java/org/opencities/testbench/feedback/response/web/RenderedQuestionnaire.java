package org.opencities.testbench.feedback.response.web;

import java.util.List;

import org.opencities.testbench.feedback.questionnaire.Questionnaire;

/** A campaign's questionnaire version in the tester's language, ready to show and answer. */
record RenderedQuestionnaire(String campaignId, String questionnaireId, int version, String language, String title,
        List<RenderedItem> items) {

    static RenderedQuestionnaire of(String campaignId, Questionnaire questionnaire, String language) {
        return new RenderedQuestionnaire(campaignId, questionnaire.id().toString(), questionnaire.version(), language,
                questionnaire.title().in(language).orElseThrow(),
                questionnaire.items().stream().map(item -> RenderedItem.of(item, language)).toList());
    }
}
