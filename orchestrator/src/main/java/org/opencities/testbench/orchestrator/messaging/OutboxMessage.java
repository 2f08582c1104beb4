package org.opencities.testbench.orchestrator.messaging;

import java.util.UUID;

/**
 * An event waiting in the outbox to be sent: a structured CloudEvent for a multicast address.
 *
 * @param eventId the CloudEvent id, the same however often the message is sent
 * @param address the multicast address it goes to
 * @param type the CloudEvent type, also sent as the JMS property {@code ce_type}
 * @param body the structured CloudEvent JSON
 */
public record OutboxMessage(UUID eventId, String address, String type, String body) {
}
