package org.opencities.testbench.feedback.response;

import java.util.Optional;

import org.opencities.testbench.feedback.campaign.CampaignId;

/** Testers' saved drafts, at most one per tester and campaign. */
public interface Drafts {

    /** Stores the draft in place of the tester's previous one. */
    void save(Draft draft);

    Optional<Draft> find(CampaignId campaign, String tester);

    void remove(CampaignId campaign, String tester);
}
