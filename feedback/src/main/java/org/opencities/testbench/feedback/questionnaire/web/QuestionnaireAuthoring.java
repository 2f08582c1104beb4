package org.opencities.testbench.feedback.questionnaire.web;

import java.time.Instant;
import java.util.List;

import org.opencities.testbench.feedback.questionnaire.Questionnaire;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireNotFound;
import org.opencities.testbench.feedback.questionnaire.Questionnaires;
import org.opencities.testbench.feedback.questionnaire.document.QuestionnaireDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing questionnaires: first drafts, revisions, publishing and next versions, each in one transaction. */
@Service
@Transactional
class QuestionnaireAuthoring {

    private final Questionnaires questionnaires;

    QuestionnaireAuthoring(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    Questionnaire create(QuestionnaireDocument content) {
        var draft = content.toQuestionnaire(QuestionnaireId.random(), 1, null);
        questionnaires.add(draft);
        return draft;
    }

    Questionnaire revise(QuestionnaireId id, int version, QuestionnaireDocument content) {
        var current = find(id, version);
        var proposed = content.toQuestionnaire(id, version, null);
        var revised = current.revise(proposed.title(), proposed.languages(), proposed.items());
        questionnaires.replaceDraft(revised);
        return revised;
    }

    Questionnaire publish(QuestionnaireId id, int version) {
        var published = find(id, version).publish(Instant.now());
        questionnaires.replaceDraft(published);
        return published;
    }

    Questionnaire nextVersion(QuestionnaireId id) {
        var next = questionnaires.latest(id).orElseThrow(() -> new QuestionnaireNotFound(id)).nextDraft();
        questionnaires.add(next);
        return next;
    }

    @Transactional(readOnly = true)
    Questionnaire find(QuestionnaireId id, int version) {
        return questionnaires.find(id, version).orElseThrow(() -> new QuestionnaireNotFound(id, version));
    }

    @Transactional(readOnly = true)
    List<Questionnaire> versions(QuestionnaireId id) {
        var versions = questionnaires.versions(id);
        if (versions.isEmpty()) {
            throw new QuestionnaireNotFound(id);
        }
        return versions;
    }
}
