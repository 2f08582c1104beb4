package org.opencities.testbench.feedback.campaign;

import java.time.Instant;

import org.opencities.testbench.feedback.Conflict;

/** Thrown when a tester answers before the campaign opens for them. */
public class CampaignNotOpen extends Conflict {

    public CampaignNotOpen(CampaignId id, Instant opens) {
        super("campaign", "Campaign %s opens for you at %s; answer then".formatted(id, opens));
    }
}
