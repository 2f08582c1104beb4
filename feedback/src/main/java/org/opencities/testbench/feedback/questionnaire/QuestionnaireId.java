package org.opencities.testbench.feedback.questionnaire;

import java.util.Objects;
import java.util.UUID;

/** A questionnaire's identity, shared by all its versions. */
public record QuestionnaireId(UUID value) {

    public QuestionnaireId {
        Objects.requireNonNull(value, "questionnaire id");
    }

    public static QuestionnaireId random() {
        return new QuestionnaireId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
