package org.opencities.testbench.feedback;

import java.util.UUID;

/**
 * An event the feedback module publishes to other modules. Publishing one through Spring's
 * {@code ApplicationEventPublisher} inside a transaction records it in the outbox; the relay
 * sends it to the broker as a CloudEvent once the transaction has committed.
 */
public interface FeedbackEvent {

    /** Stable id, so that a resent event is recognised by every consumer. */
    UUID eventId();

    /** CloudEvents {@code type}, e.g. {@code response.submitted}. */
    String type();

    /** CloudEvents {@code subject}: the id of the thing the event is about. */
    String subject();
}
