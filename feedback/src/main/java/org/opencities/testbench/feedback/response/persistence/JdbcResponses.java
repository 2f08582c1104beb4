package org.opencities.testbench.feedback.response.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.opencities.testbench.feedback.campaign.CampaignId;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.opencities.testbench.feedback.response.AlreadySubmitted;
import org.opencities.testbench.feedback.response.Response;
import org.opencities.testbench.feedback.response.ResponseId;
import org.opencities.testbench.feedback.response.Responses;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcResponses implements Responses {

    // A submission's answers and scores go in as one batch each rather than a statement per row.
    private static final String INSERT_ANSWER = """
            INSERT INTO feedback.response_answer (response_id, answer_key, position, kind, whole_value, text_value)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SCORE =
            "INSERT INTO feedback.response_score (response_id, score_key, score) VALUES (?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    JdbcResponses(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public void add(Response response) {
        try {
            jdbc.sql("""
                    INSERT INTO feedback.response (id, campaign_id, pilot_id, questionnaire_id, version, tester, language,
                        city, device, platform, segment_code, submitted_at)
                    VALUES (:id, :campaign, :pilot, :questionnaire, :version, :tester, :language, :city, :device, :platform,
                        :segment, :at)""")
                    .param("id", response.id().value()).param("campaign", response.campaignId().value())
                    .param("pilot", response.pilotId()).param("questionnaire", response.questionnaireId().value())
                    .param("version", response.version()).param("tester", response.tester())
                    .param("language", response.language()).param("city", response.city())
                    .param("device", response.device()).param("platform", response.platform())
                    .param("segment", response.segmentCode())
                    .param("at", OffsetDateTime.ofInstant(response.submittedAt(), ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            // The unique (campaign, tester) key decides between racing submissions.
            throw new AlreadySubmitted(response.campaignId());
        }
        var answers = AnswerRows.rows(response.answers());
        batch.batchUpdate(INSERT_ANSWER, answers, answers.size(), (statement, row) -> {
            statement.setObject(1, response.id().value());
            statement.setString(2, row.key());
            statement.setInt(3, row.position());
            statement.setString(4, row.kind());
            statement.setObject(5, row.whole(), Types.INTEGER);
            statement.setString(6, row.text());
        });
        var scores = List.copyOf(response.scores().entrySet());
        batch.batchUpdate(INSERT_SCORE, scores, scores.size(), (statement, score) -> {
            statement.setObject(1, response.id().value());
            statement.setString(2, score.getKey());
            statement.setDouble(3, score.getValue());
        });
    }

    @Override
    public Optional<Response> find(CampaignId campaign, String tester) {
        return jdbc.sql("SELECT * FROM feedback.response WHERE campaign_id = :campaign AND tester = :tester")
                .param("campaign", campaign.value()).param("tester", tester)
                .query((rs, n) -> response(rs)).optional();
    }

    @Override
    public boolean exists(CampaignId campaign, String tester) {
        return jdbc.sql("SELECT COUNT(*) FROM feedback.response WHERE campaign_id = :campaign AND tester = :tester")
                .param("campaign", campaign.value()).param("tester", tester)
                .query(Long.class).single() > 0;
    }

    private Response response(ResultSet rs) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var answers = AnswerRows.answers(jdbc.sql("""
                SELECT * FROM feedback.response_answer WHERE response_id = :id ORDER BY answer_key, position""")
                .param("id", id).query((row, n) -> AnswerRows.Row.of(row)).list());
        var scores = new LinkedHashMap<String, Double>();
        jdbc.sql("SELECT score_key, score FROM feedback.response_score WHERE response_id = :id ORDER BY score_key")
                .param("id", id).query(row -> {
                    scores.put(row.getString("score_key"), row.getDouble("score"));
                });
        return new Response(new ResponseId(id), new CampaignId(rs.getObject("campaign_id", UUID.class)),
                rs.getString("pilot_id"), new QuestionnaireId(rs.getObject("questionnaire_id", UUID.class)),
                rs.getInt("version"), rs.getString("tester"), rs.getString("language"), rs.getString("city"),
                rs.getString("device"), rs.getString("platform"), rs.getString("segment_code"),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), answers, Map.copyOf(scores));
    }
}
