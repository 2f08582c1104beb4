package org.opencities.testbench.feedback.response.web;

import java.time.Instant;
import java.util.Map;

import org.opencities.testbench.feedback.response.Response;

/** What a tester's app learns of a stored response: its id, when, and the scores computed. */
record SubmittedResponse(String id, String campaignId, String language, Instant submittedAt, Map<String, Double> scores) {

    static SubmittedResponse of(Response response) {
        return new SubmittedResponse(response.id().toString(), response.campaignId().toString(), response.language(),
                response.submittedAt(), response.scores());
    }
}
