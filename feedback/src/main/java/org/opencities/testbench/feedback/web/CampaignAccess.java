package org.opencities.testbench.feedback.web;

import java.util.UUID;

import org.opencities.testbench.feedback.campaign.Campaign;
import org.opencities.testbench.feedback.campaign.CampaignId;
import org.opencities.testbench.feedback.campaign.CampaignNotFound;
import org.opencities.testbench.feedback.campaign.Campaigns;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.pilot.Pilot;
import org.springframework.stereotype.Component;

/**
 * The campaign-reading rule for settings that hang off a campaign (retention, reminders): those who
 * run the pilot's campaigns see it, everyone else is told it does not exist.
 */
@Component
public class CampaignAccess {

    private final Campaigns campaigns;
    private final KnownPilots pilots;

    CampaignAccess(Campaigns campaigns, KnownPilots pilots) {
        this.campaigns = campaigns;
        this.pilots = pilots;
    }

    /** @throws CampaignNotFound if there is no such campaign or the caller does not run it */
    public Campaign runBy(UUID campaignId, FeedbackCaller caller) {
        return campaigns.find(new CampaignId(campaignId))
                .filter(campaign -> pilots.find(campaign.pilotId()).map(Pilot::cities).filter(caller::runsCampaignsIn).isPresent())
                .orElseThrow(() -> new CampaignNotFound(campaignId.toString()));
    }
}
