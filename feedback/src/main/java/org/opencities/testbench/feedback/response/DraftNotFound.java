package org.opencities.testbench.feedback.response;

import org.opencities.testbench.feedback.NotFound;
import org.opencities.testbench.feedback.campaign.CampaignId;

/** Thrown when the tester has no saved draft for the campaign. */
public class DraftNotFound extends NotFound {

    public DraftNotFound(CampaignId campaign) {
        super("You have no saved draft for campaign " + campaign);
    }
}
