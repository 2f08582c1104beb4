package org.opencities.testbench.feedback.response.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.opencities.testbench.feedback.campaign.CampaignId;
import org.opencities.testbench.feedback.response.Draft;
import org.opencities.testbench.feedback.response.Drafts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDrafts implements Drafts {

    private final JdbcClient jdbc;

    JdbcDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Draft draft) {
        // Delete and insert in the caller's transaction: portable, unlike ON CONFLICT DO UPDATE.
        remove(draft.campaignId(), draft.tester());
        jdbc.sql("INSERT INTO feedback.response_draft (campaign_id, tester, language, saved_at) VALUES (:campaign, :tester, :language, :at)")
                .param("campaign", draft.campaignId().value()).param("tester", draft.tester())
                .param("language", draft.language()).param("at", OffsetDateTime.ofInstant(draft.savedAt(), ZoneOffset.UTC))
                .update();
        AnswerRows.rows(draft.answers()).forEach(row -> jdbc.sql("""
                INSERT INTO feedback.response_draft_answer (campaign_id, tester, answer_key, position, kind, whole_value, text_value)
                VALUES (:campaign, :tester, :key, :position, :kind, :whole, :text)""")
                .param("campaign", draft.campaignId().value()).param("tester", draft.tester())
                .param("key", row.key()).param("position", row.position()).param("kind", row.kind())
                .param("whole", row.whole()).param("text", row.text())
                .update());
    }

    @Override
    public Optional<Draft> find(CampaignId campaign, String tester) {
        var answers = AnswerRows.answers(jdbc.sql("""
                SELECT * FROM feedback.response_draft_answer WHERE campaign_id = :campaign AND tester = :tester
                ORDER BY answer_key, position""")
                .param("campaign", campaign.value()).param("tester", tester)
                .query((row, n) -> AnswerRows.Row.of(row)).list());
        return jdbc.sql("SELECT language, saved_at FROM feedback.response_draft WHERE campaign_id = :campaign AND tester = :tester")
                .param("campaign", campaign.value()).param("tester", tester)
                .query((rs, n) -> new Draft(campaign, tester, rs.getString("language"), answers,
                        rs.getObject("saved_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    @Override
    public void remove(CampaignId campaign, String tester) {
        jdbc.sql("DELETE FROM feedback.response_draft_answer WHERE campaign_id = :campaign AND tester = :tester")
                .param("campaign", campaign.value()).param("tester", tester).update();
        jdbc.sql("DELETE FROM feedback.response_draft WHERE campaign_id = :campaign AND tester = :tester")
                .param("campaign", campaign.value()).param("tester", tester).update();
    }
}
