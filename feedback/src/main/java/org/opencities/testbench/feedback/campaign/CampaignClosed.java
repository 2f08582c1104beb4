package org.opencities.testbench.feedback.campaign;

import java.time.Instant;

import org.opencities.testbench.feedback.Gone;

/** Thrown when a tester answers after the campaign has closed. */
public class CampaignClosed extends Gone {

    public CampaignClosed(CampaignId id, Instant closed) {
        super("campaign", "Campaign %s closed at %s and takes no more answers".formatted(id, closed));
    }
}
