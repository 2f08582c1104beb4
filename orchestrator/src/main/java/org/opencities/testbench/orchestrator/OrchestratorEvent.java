package org.opencities.testbench.orchestrator;

import java.util.Map;
import java.util.UUID;

/**
 * An event the orchestrator publishes to other modules. Publishing one through Spring's
 * {@code ApplicationEventPublisher} inside a transaction records it in the outbox; the relay
 * sends it to the broker as a CloudEvent once the transaction has committed.
 */
public interface OrchestratorEvent {

    /** Stable id, so that a resent event is recognised by every consumer. */
    UUID eventId();

    /** CloudEvents {@code type}, e.g. {@code service.activated}. */
    String type();

    /** CloudEvents {@code subject}: the id of the thing the event is about. */
    String subject();

    /**
     * What consumers may select on besides the type ({@code ce_type}), sent as JMS string
     * properties; none unless an event names some.
     */
    default Map<String, String> selectable() {
        return Map.of();
    }
}
