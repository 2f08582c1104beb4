package org.opencities.testbench.feedback.response;

import org.opencities.testbench.feedback.Conflict;
import org.opencities.testbench.feedback.campaign.CampaignId;
import org.opencities.testbench.feedback.tester.TesterToken;

/** Thrown when a tester submits to a campaign they have already answered: one response each. */
public class AlreadySubmitted extends Conflict {

    public AlreadySubmitted(CampaignId campaign) {
        super(TesterToken.HEADER, "You have already answered campaign " + campaign + "; each tester answers once");
    }
}
