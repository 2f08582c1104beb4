package org.opencities.testbench.feedback.rights;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.opencities.testbench.feedback.tester.Tester;

/** Everything stored about testers, read for a download and rewritten for an erasure. */
public interface TesterRecords {

    /** The data of these enrolments, with the responses, drafts and reminders of their pseudonyms. */
    TesterData export(List<Tester> enrolments, Instant now);

    /** The responses a pseudonym gave, with the questionnaire version each answered. */
    List<AnsweredVersion> responsesOf(String pseudonym);

    /**
     * Unlinks a response from its tester: a fresh random value replaces the pseudonym, the device,
     * platform and segment are cleared and the answers under the free-text keys are deleted; the
     * scores and other answers stay for aggregates.
     */
    void unlink(UUID responseId, Set<String> freeTextKeys);

    /** Deletes the pseudonym's drafts with their answers. */
    void deleteDrafts(String pseudonym);

    /** Deletes the enrolments with their consent records (and with them the token hash and pseudonym). */
    void deleteEnrolments(List<String> enrolmentIds);

    /** Deletes the answers under the free-text keys of the campaign's responses submitted before the time. */
    int deleteFreeText(UUID campaignId, Set<String> freeTextKeys, Instant submittedBefore);

    /** A response and the questionnaire version it answers. */
    record AnsweredVersion(UUID responseId, QuestionnaireId questionnaireId, int version) {
    }
}
