package org.opencities.testbench.feedback.campaign;

import java.util.List;
import java.util.Optional;

/** Every campaign, with the places its city quotas have left. */
public interface Campaigns {

    void add(Campaign campaign);

    Optional<Campaign> find(CampaignId id);

    /** The pilot's campaigns, newest first. */
    List<Campaign> ofPilot(String pilotId);

    /**
     * Takes one place of the city's quota, atomically; true if there was one left or the city has no quota.
     * Taken places are given back only by rolling back the taking transaction.
     */
    boolean takePlace(Campaign campaign, String city);
}
