package org.opencities.testbench.feedback.questionnaire;

import org.opencities.testbench.feedback.Conflict;

/** Thrown when a published version would change; published versions are immutable. */
public class VersionPublished extends Conflict {

    public VersionPublished(QuestionnaireId id, int version) {
        super("version", "Version %d of questionnaire %s is published and never changes; create version %d with POST /api/v1/questionnaires/%s/versions and edit that"
                .formatted(version, id, version + 1, id));
    }
}
