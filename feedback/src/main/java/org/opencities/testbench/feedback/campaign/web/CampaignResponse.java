package org.opencities.testbench.feedback.campaign.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.opencities.testbench.feedback.campaign.Campaign;

/** A campaign as the API shows it to those who run it. */
record CampaignResponse(String id, String pilotId, String questionnaireId, int version, Instant opensAt,
        Instant closesAt, Duration afterEnrolment, Map<String, Integer> quotas, String createdBy, Instant createdAt) {

    static CampaignResponse of(Campaign campaign) {
        return new CampaignResponse(campaign.id().toString(), campaign.pilotId(), campaign.questionnaireId().toString(),
                campaign.version(), campaign.opensAt(), campaign.closesAt(), campaign.afterEnrolment(),
                campaign.quotas(), campaign.createdBy(), campaign.createdAt());
    }
}
