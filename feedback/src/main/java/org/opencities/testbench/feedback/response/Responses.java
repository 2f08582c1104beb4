package org.opencities.testbench.feedback.response;

import java.util.Optional;

import org.opencities.testbench.feedback.campaign.CampaignId;

/** Submitted responses with their answers and scores. */
public interface Responses {

    /**
     * Stores a response.
     *
     * @throws AlreadySubmitted if the tester has a response to the campaign already, also when two
     *     submissions race
     */
    void add(Response response);

    Optional<Response> find(CampaignId campaign, String tester);

    /** Whether the tester has answered the campaign, without reading the answers. */
    boolean exists(CampaignId campaign, String tester);
}
