package org.opencities.testbench.probes;

import java.util.UUID;

/**
 * An event the probes publish to other modules. Publishing one through Spring's
 * {@code ApplicationEventPublisher} inside a transaction records it in the outbox; the relay
 * sends it to the broker as a CloudEvent once the transaction has committed.
 */
public interface ProbeEvent {

    /** Stable id, so that a resent event is recognised by every consumer. */
    UUID eventId();

    /** CloudEvents {@code type}, e.g. {@code measurement.completed}. */
    String type();

    /** CloudEvents {@code subject}: the id of the thing the event is about. */
    String subject();
}
