package org.opencities.testbench.feedback.rights;

import java.time.Instant;
import java.util.UUID;

import org.opencities.testbench.feedback.FeedbackEvent;

/**
 * A tester had their data erased: the registry erases its own traces (contact data) of the same
 * pseudonym. Shape: {@code docs/events/examples/tester.erased.json}.
 */
public record TesterErased(UUID eventId, String tester, Instant erasedAt) implements FeedbackEvent {

    public static TesterErased of(String pseudonym, Instant at) {
        return new TesterErased(UUID.randomUUID(), pseudonym, at);
    }

    @Override
    public String type() {
        return "tester.erased";
    }

    @Override
    public String subject() {
        return tester;
    }
}
