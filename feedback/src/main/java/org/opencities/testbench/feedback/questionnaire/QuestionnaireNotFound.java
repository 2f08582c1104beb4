package org.opencities.testbench.feedback.questionnaire;

import org.opencities.testbench.feedback.NotFound;

/** Thrown when no questionnaire (or no such version of it) exists. */
public class QuestionnaireNotFound extends NotFound {

    public QuestionnaireNotFound(QuestionnaireId id, int version) {
        super("No version %d of questionnaire %s".formatted(version, id));
    }

    public QuestionnaireNotFound(QuestionnaireId id) {
        super("No questionnaire " + id);
    }
}
