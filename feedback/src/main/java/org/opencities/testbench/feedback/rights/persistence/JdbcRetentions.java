package org.opencities.testbench.feedback.rights.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.opencities.testbench.feedback.rights.Retentions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRetentions implements Retentions {

    private final JdbcClient jdbc;

    JdbcRetentions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void set(UUID campaignId, Duration freeText) {
        int updated = jdbc.sql("UPDATE feedback.campaign_retention SET free_text_seconds = :seconds WHERE campaign_id = :id")
                .param("seconds", freeText.toSeconds()).param("id", campaignId).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO feedback.campaign_retention (campaign_id, free_text_seconds) VALUES (:id, :seconds)
                    ON CONFLICT DO NOTHING""")
                    .param("id", campaignId).param("seconds", freeText.toSeconds()).update();
        }
    }

    @Override
    public Optional<Duration> freeTextOf(UUID campaignId) {
        return jdbc.sql("SELECT free_text_seconds FROM feedback.campaign_retention WHERE campaign_id = :id")
                .param("id", campaignId).query(Long.class).optional().map(Duration::ofSeconds);
    }

    @Override
    public List<FreeTextRetention> all() {
        return jdbc.sql("""
                SELECT r.campaign_id, c.questionnaire_id, c.version, r.free_text_seconds
                FROM feedback.campaign_retention r JOIN feedback.campaign c ON c.id = r.campaign_id ORDER BY r.campaign_id""")
                .query((rs, n) -> new FreeTextRetention(rs.getObject("campaign_id", UUID.class),
                        new QuestionnaireId(rs.getObject("questionnaire_id", UUID.class)), rs.getInt("version"),
                        Duration.ofSeconds(rs.getLong("free_text_seconds"))))
                .list();
    }
}
