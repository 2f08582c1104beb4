package org.opencities.testbench.feedback.campaign;

import org.opencities.testbench.feedback.NotFound;

/** Thrown when no campaign has the id, or the caller may not see it. */
public class CampaignNotFound extends NotFound {

    public CampaignNotFound(String id) {
        super("No campaign " + id);
    }
}
