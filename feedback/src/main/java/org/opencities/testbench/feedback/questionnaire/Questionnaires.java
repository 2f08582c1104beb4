package org.opencities.testbench.feedback.questionnaire;

import java.util.List;
import java.util.Optional;

/** Every version of every questionnaire. */
public interface Questionnaires {

    /**
     * Stores a new version.
     *
     * @throws VersionPublished if that version number is taken (someone else started it first)
     */
    void add(Questionnaire version);

    /**
     * Replaces a draft by its revised or published form.
     *
     * @throws VersionPublished if the stored version has been published meanwhile
     */
    void replaceDraft(Questionnaire version);

    Optional<Questionnaire> find(QuestionnaireId id, int version);

    /** The highest version of the questionnaire, draft or published. */
    Optional<Questionnaire> latest(QuestionnaireId id);

    /** Every version of the questionnaire, oldest first. */
    List<Questionnaire> versions(QuestionnaireId id);
}
