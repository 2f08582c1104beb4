package org.opencities.testbench.feedback.response;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.opencities.testbench.feedback.FeedbackEvent;

/**
 * A tester submitted a response: the registry and reports learn of it with its scores, never its
 * answers. Shape: {@code docs/events/examples/response.submitted.json}.
 */
public record ResponseSubmitted(UUID eventId, String responseId, String campaignId, String pilotId, String tester,
        String language, String city, Instant submittedAt, Map<String, Double> scores) implements FeedbackEvent {

    public static ResponseSubmitted of(Response response) {
        return new ResponseSubmitted(UUID.randomUUID(), response.id().toString(), response.campaignId().toString(),
                response.pilotId(), response.tester(), response.language(), response.city(), response.submittedAt(),
                response.scores());
    }

    @Override
    public String type() {
        return "response.submitted";
    }

    @Override
    public String subject() {
        return responseId;
    }
}
