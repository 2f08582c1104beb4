package org.opencities.testbench.feedback.reminder.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.opencities.testbench.feedback.campaign.CampaignId;
import org.opencities.testbench.feedback.reminder.Reminder;
import org.opencities.testbench.feedback.reminder.Reminders;
import org.opencities.testbench.feedback.tester.ConsentRecord;
import org.opencities.testbench.feedback.tester.Tester;
import org.opencities.testbench.feedback.tester.Testers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReminders implements Reminders {

    /** Without this consent the registry may not write to the tester. */
    static final String CONTACT = "contact";

    private final JdbcClient jdbc;
    private final Testers testers;

    JdbcReminders(JdbcClient jdbc, Testers testers) {
        this.jdbc = jdbc;
        this.testers = testers;
    }

    @Override
    public void set(CampaignId campaign, List<Reminder> reminders) {
        jdbc.sql("DELETE FROM feedback.campaign_reminder WHERE campaign_id = :campaign").param("campaign", campaign.value())
                .update();
        reminders.forEach(reminder -> jdbc.sql("""
                INSERT INTO feedback.campaign_reminder (campaign_id, name, kind, offset_seconds)
                VALUES (:campaign, :name, :kind, :offset)""")
                .param("campaign", campaign.value()).param("name", reminder.name()).param("kind", reminder.kind().code())
                .param("offset", reminder.offset().toSeconds()).update());
    }

    @Override
    public List<Reminder> of(CampaignId campaign) {
        return jdbc.sql("SELECT name, kind, offset_seconds FROM feedback.campaign_reminder WHERE campaign_id = :campaign ORDER BY name")
                .param("campaign", campaign.value())
                .query((rs, n) -> new Reminder(rs.getString("name"), Reminder.Kind.of(rs.getString("kind")).orElseThrow(),
                        Duration.ofSeconds(rs.getLong("offset_seconds"))))
                .list();
    }

    @Override
    public List<CampaignId> openCampaignsWithReminders(Instant now) {
        return jdbc.sql("""
                SELECT DISTINCT c.id FROM feedback.campaign c JOIN feedback.campaign_reminder r ON r.campaign_id = c.id
                WHERE c.closes_at > :now ORDER BY c.id""")
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query((rs, n) -> new CampaignId(rs.getObject("id", UUID.class))).list();
    }

    @Override
    public List<Tester> notYetReminded(CampaignId campaign, String pilotId, String reminder) {
        var tokens = jdbc.sql("""
                SELECT DISTINCT t.token_sha256 FROM feedback.tester t
                WHERE t.pilot_id = :pilot AND t.withdrawn_at IS NULL
                  AND EXISTS (SELECT 1 FROM feedback.tester_consent c WHERE c.enrolment_id = t.enrolment_id AND c.purpose = :participation)
                  AND EXISTS (SELECT 1 FROM feedback.tester_consent c WHERE c.enrolment_id = t.enrolment_id AND c.purpose = :contact)
                  AND NOT EXISTS (SELECT 1 FROM feedback.response r WHERE r.campaign_id = :campaign AND r.tester = t.pseudonym)
                  AND NOT EXISTS (SELECT 1 FROM feedback.reminder_sent s
                                  WHERE s.campaign_id = :campaign AND s.name = :reminder AND s.tester = t.pseudonym)""")
                .param("pilot", pilotId).param("participation", ConsentRecord.PARTICIPATION).param("contact", CONTACT)
                .param("campaign", campaign.value()).param("reminder", reminder)
                .query(String.class).list();
        return tokens.stream().flatMap(token -> testers.byTokenSha256(token).stream())
                .filter(tester -> tester.pilotId().equals(pilotId)).toList();
    }

    @Override
    public boolean markSent(CampaignId campaign, String reminder, String tester, Instant at) {
        return jdbc.sql("""
                INSERT INTO feedback.reminder_sent (campaign_id, name, tester, sent_at) VALUES (:campaign, :name, :tester, :at)
                ON CONFLICT DO NOTHING""")
                .param("campaign", campaign.value()).param("name", reminder).param("tester", tester)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update() == 1;
    }

    @Override
    public void forget(String tester) {
        jdbc.sql("DELETE FROM feedback.reminder_sent WHERE tester = :tester").param("tester", tester).update();
    }
}
