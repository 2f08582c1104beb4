package org.opencities.testbench.feedback.campaign;

import org.opencities.testbench.feedback.Conflict;

/** Thrown when a city's testers have already given as many responses as its quota allows. */
public class QuotaReached extends Conflict {

    public QuotaReached(CampaignId id, String city, int quota) {
        super("city", "Campaign %s has its quota of %d responses from %s; thank you all the same".formatted(id, quota, city));
    }
}
