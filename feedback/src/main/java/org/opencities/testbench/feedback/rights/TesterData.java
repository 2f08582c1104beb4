package org.opencities.testbench.feedback.rights;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.opencities.testbench.feedback.tester.ConsentRecord;

/**
 * Everything feedback keeps about one tester (all enrolments of one personal token), as they
 * download it: enrolments with consents, responses with answers and scores, drafts, reminders sent.
 */
public record TesterData(Instant exportedAt, List<Enrolment> enrolments, List<SubmittedAnswers> responses,
        List<DraftAnswers> drafts, List<ReminderSent> reminders) {

    public TesterData {
        enrolments = List.copyOf(enrolments);
        responses = List.copyOf(responses);
        drafts = List.copyOf(drafts);
        reminders = List.copyOf(reminders);
    }

    public record Enrolment(String enrolmentId, String pseudonym, String pilotId, String city, String language,
            String device, String platform, String segmentCode, Instant enrolledAt, Instant withdrawnAt,
            List<ConsentRecord> consents) {
    }

    /** One stored answer: a whole number, a text, or the chosen options of a multiple choice. */
    public record StoredAnswer(String key, Object value) {
    }

    public record SubmittedAnswers(String responseId, String campaignId, String pilotId, String questionnaireId,
            int version, String language, String city, String device, String platform, String segmentCode,
            Instant submittedAt, List<StoredAnswer> answers, Map<String, Double> scores) {
    }

    public record DraftAnswers(String campaignId, String language, Instant savedAt, List<StoredAnswer> answers) {
    }

    public record ReminderSent(String campaignId, String reminder, Instant sentAt) {
    }
}
