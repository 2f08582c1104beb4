package org.opencities.testbench.feedback.response;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.opencities.testbench.feedback.campaign.CampaignId;
import org.opencities.testbench.feedback.questionnaire.Answer;

/** A tester's answers so far, saved to be continued later; replaced on every save, removed on submission. */
public record Draft(CampaignId campaignId, String tester, String language, Map<String, Answer> answers, Instant savedAt) {

    public Draft {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(tester, "tester");
        Objects.requireNonNull(language, "language");
        answers = Map.copyOf(answers);
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
