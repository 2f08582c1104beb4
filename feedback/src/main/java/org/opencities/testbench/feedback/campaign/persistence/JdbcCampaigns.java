package org.opencities.testbench.feedback.campaign.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.opencities.testbench.feedback.campaign.Campaign;
import org.opencities.testbench.feedback.campaign.CampaignId;
import org.opencities.testbench.feedback.campaign.Campaigns;
import org.opencities.testbench.feedback.questionnaire.QuestionnaireId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCampaigns implements Campaigns {

    private final JdbcClient jdbc;
    // A campaign never changes once planned (only the places taken of its quotas, kept apart), so
    // each replica reads it once; testers' requests then cost no campaign query.
    private final Map<CampaignId, Campaign> planned = new ConcurrentHashMap<>();

    JdbcCampaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Campaign campaign) {
        jdbc.sql("""
                INSERT INTO feedback.campaign (id, pilot_id, questionnaire_id, version, opens_at, closes_at,
                    after_enrolment_seconds, created_by, created_at)
                VALUES (:id, :pilot, :questionnaire, :version, :opens, :closes, :after, :by, :at)""")
                .param("id", campaign.id().value()).param("pilot", campaign.pilotId())
                .param("questionnaire", campaign.questionnaireId().value()).param("version", campaign.version())
                .param("opens", utc(campaign.opensAt())).param("closes", utc(campaign.closesAt()))
                .param("after", campaign.afterEnrolment().toSeconds()).param("by", campaign.createdBy())
                .param("at", utc(campaign.createdAt()))
                .update();
        campaign.quotas().forEach((city, quota) -> jdbc.sql("""
                INSERT INTO feedback.campaign_quota (campaign_id, city, quota, taken) VALUES (:id, :city, :quota, 0)""")
                .param("id", campaign.id().value()).param("city", city).param("quota", quota).update());
    }

    @Override
    public Optional<Campaign> find(CampaignId id) {
        var known = planned.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        var stored = jdbc.sql("SELECT * FROM feedback.campaign WHERE id = :id").param("id", id.value())
                .query((rs, n) -> campaign(rs)).optional();
        stored.ifPresent(campaign -> planned.put(id, campaign));
        return stored;
    }

    @Override
    public List<Campaign> ofPilot(String pilotId) {
        return jdbc.sql("SELECT * FROM feedback.campaign WHERE pilot_id = :pilot ORDER BY created_at DESC, id")
                .param("pilot", pilotId).query((rs, n) -> campaign(rs)).list();
    }

    @Override
    public boolean takePlace(Campaign campaign, String city) {
        // The conditional update is atomic: concurrent submissions cannot both take the last place.
        return campaign.quota(city).isEmpty() || jdbc.sql("""
                UPDATE feedback.campaign_quota SET taken = taken + 1
                WHERE campaign_id = :id AND city = :city AND taken < quota""")
                .param("id", campaign.id().value()).param("city", city).update() == 1;
    }

    private Campaign campaign(ResultSet rs) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var quotas = new HashMap<String, Integer>();
        jdbc.sql("SELECT city, quota FROM feedback.campaign_quota WHERE campaign_id = :id").param("id", id)
                .query(row -> {
                    quotas.put(row.getString("city"), row.getInt("quota"));
                });
        return new Campaign(new CampaignId(id), rs.getString("pilot_id"),
                new QuestionnaireId(rs.getObject("questionnaire_id", UUID.class)), rs.getInt("version"),
                instant(rs, "opens_at"), instant(rs, "closes_at"), Duration.ofSeconds(rs.getLong("after_enrolment_seconds")),
                quotas, rs.getString("created_by"), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
