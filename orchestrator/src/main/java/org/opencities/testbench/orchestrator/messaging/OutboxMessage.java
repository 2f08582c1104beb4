package org.opencities.testbench.orchestrator.messaging;

import java.util.Map;
import java.util.UUID;

/**
 * A message waiting in the outbox to be sent: a structured CloudEvent for a broker address.
 *
 * @param eventId the CloudEvent id, the same however often the message is sent
 * @param address the address it goes to
 * @param anycast whether the address is a queue (one consumer takes each message) rather than a multicast topic
 * @param type the CloudEvent type, also sent as the JMS property {@code ce_type}
 * @param body the structured CloudEvent JSON
 * @param properties further JMS string properties, e.g. what consumers select on
 */
public record OutboxMessage(UUID eventId, String address, boolean anycast, String type, String body,
        Map<String, String> properties) {

    public OutboxMessage {
        properties = Map.copyOf(properties);
    }
}
