package org.opencities.testbench.feedback.questionnaire;

import org.opencities.testbench.feedback.Conflict;

/** Thrown when a new version is asked for while the latest is still a draft, or a draft is used as if published. */
public class DraftPending extends Conflict {

    public DraftPending(QuestionnaireId id, int version) {
        super("version", "Version %d of questionnaire %s is a draft; edit it with PUT or publish it first".formatted(version, id));
    }
}
