package org.opencities.testbench.feedback.rights.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.opencities.testbench.feedback.rights.TesterData;
import org.opencities.testbench.feedback.rights.TesterData.DraftAnswers;
import org.opencities.testbench.feedback.rights.TesterData.Enrolment;
import org.opencities.testbench.feedback.rights.TesterData.ReminderSent;
import org.opencities.testbench.feedback.rights.TesterData.StoredAnswer;
import org.opencities.testbench.feedback.rights.TesterData.SubmittedAnswers;
import org.opencities.testbench.feedback.rights.TesterRecords;
import org.opencities.testbench.feedback.tester.Tester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and rewrites the rows of the feedback schema that concern testers. Answers are read as the
 * response and draft stores write them: one row per answer, one per chosen option of a selection.
 */
@Repository
class JdbcTesterRecords implements TesterRecords {

    private final JdbcClient jdbc;

    JdbcTesterRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TesterData export(List<Tester> enrolments, Instant now) {
        var pseudonyms = enrolments.stream().map(Tester::pseudonym).distinct().toList();
        var responses = new ArrayList<SubmittedAnswers>();
        var drafts = new ArrayList<DraftAnswers>();
        var reminders = new ArrayList<ReminderSent>();
        for (String pseudonym : pseudonyms) {
            responses.addAll(jdbc.sql("SELECT * FROM feedback.response WHERE tester = :tester ORDER BY submitted_at")
                    .param("tester", pseudonym).query((rs, n) -> submitted(rs)).list());
            drafts.addAll(jdbc.sql("SELECT * FROM feedback.response_draft WHERE tester = :tester ORDER BY saved_at")
                    .param("tester", pseudonym).query((rs, n) -> draft(rs, pseudonym)).list());
            reminders.addAll(jdbc.sql("SELECT * FROM feedback.reminder_sent WHERE tester = :tester ORDER BY sent_at")
                    .param("tester", pseudonym)
                    .query((rs, n) -> new ReminderSent(rs.getString("campaign_id"), rs.getString("name"), instant(rs, "sent_at")))
                    .list());
        }
        var exported = enrolments.stream().map(tester -> new Enrolment(tester.enrolmentId(), tester.pseudonym(),
                tester.pilotId(), tester.city(), tester.language(), tester.device(), tester.platform(), tester.segmentCode(),
                tester.enrolledAt(), tester.withdrawnAt(), tester.consents())).toList();
        return new TesterData(now, exported, responses, drafts, reminders);
    }

    @Override
    public List<AnsweredVersion> responsesOf(String pseudonym) {
        return jdbc.sql("SELECT id, questionnaire_id, version FROM feedback.response WHERE tester = :tester")
                .param("tester", pseudonym)
                .query((rs, n) -> new AnsweredVersion(rs.getObject("id", UUID.class),
                        new QuestionnaireId(rs.getObject("questionnaire_id", UUID.class)), rs.getInt("version")))
                .list();
    }

    @Override
    public void unlink(UUID responseId, Set<String> freeTextKeys) {
        if (!freeTextKeys.isEmpty()) {
            jdbc.sql("DELETE FROM feedback.response_answer WHERE response_id = :id AND answer_key IN (:keys)")
                    .param("id", responseId).param("keys", freeTextKeys).update();
        }
        // A fresh value per response keeps the (campaign, tester) key unique and links no two responses.
        jdbc.sql("""
                UPDATE feedback.response SET tester = :erased, device = NULL, platform = NULL, segment_code = NULL
                WHERE id = :id""")
                .param("erased", "erased-" + UUID.randomUUID()).param("id", responseId).update();
    }

    @Override
    public void deleteDrafts(String pseudonym) {
        jdbc.sql("DELETE FROM feedback.response_draft_answer WHERE tester = :tester").param("tester", pseudonym).update();
        jdbc.sql("DELETE FROM feedback.response_draft WHERE tester = :tester").param("tester", pseudonym).update();
    }

    @Override
    public void deleteEnrolments(List<String> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM feedback.tester_consent WHERE enrolment_id IN (:ids)").param("ids", enrolmentIds).update();
        jdbc.sql("DELETE FROM feedback.tester WHERE enrolment_id IN (:ids)").param("ids", enrolmentIds).update();
    }

    @Override
    public int deleteFreeText(UUID campaignId, Set<String> freeTextKeys, Instant submittedBefore) {
        if (freeTextKeys.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                DELETE FROM feedback.response_answer WHERE answer_key IN (:keys) AND response_id IN (
                    SELECT id FROM feedback.response WHERE campaign_id = :campaign AND submitted_at < :before)""")
                .param("keys", freeTextKeys).param("campaign", campaignId)
                .param("before", OffsetDateTime.ofInstant(submittedBefore, ZoneOffset.UTC)).update();
    }

    private SubmittedAnswers submitted(ResultSet rs) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var answers = answers(jdbc.sql("""
                SELECT answer_key, kind, whole_value, text_value FROM feedback.response_answer WHERE response_id = :id
                ORDER BY answer_key, position""").param("id", id));
        var scores = new LinkedHashMap<String, Double>();
        jdbc.sql("SELECT score_key, score FROM feedback.response_score WHERE response_id = :id ORDER BY score_key")
                .param("id", id).query(row -> {
                    scores.put(row.getString("score_key"), row.getDouble("score"));
                });
        return new SubmittedAnswers(id.toString(), rs.getString("campaign_id"), rs.getString("pilot_id"),
                rs.getString("questionnaire_id"), rs.getInt("version"), rs.getString("language"), rs.getString("city"),
                rs.getString("device"), rs.getString("platform"), rs.getString("segment_code"),
                instant(rs, "submitted_at"), answers, scores);
    }

    private DraftAnswers draft(ResultSet rs, String pseudonym) throws SQLException {
        var campaign = rs.getObject("campaign_id", UUID.class);
        var answers = answers(jdbc.sql("""
                SELECT answer_key, kind, whole_value, text_value FROM feedback.response_draft_answer
                WHERE campaign_id = :campaign AND tester = :tester ORDER BY answer_key, position""")
                .param("campaign", campaign).param("tester", pseudonym));
        return new DraftAnswers(campaign.toString(), rs.getString("language"), instant(rs, "saved_at"), answers);
    }

    private static List<StoredAnswer> answers(JdbcClient.StatementSpec rows) {
        var values = new LinkedHashMap<String, Object>();
        rows.query(row -> {
            String key = row.getString("answer_key");
            switch (row.getString("kind")) {
                case "whole" -> values.put(key, row.getInt("whole_value"));
                case "words" -> values.put(key, row.getString("text_value"));
                default -> selection(values, key).add(row.getString("text_value"));
            }
        });
        return values.entrySet().stream().map(entry -> new StoredAnswer(entry.getKey(), entry.getValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> selection(Map<String, Object> values, String key) {
        return (List<String>) values.computeIfAbsent(key, k -> new ArrayList<String>());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
