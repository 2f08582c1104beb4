package org.opencities.testbench.feedback.messaging;

import java.util.UUID;

/**
 * A feedback event waiting in the outbox to go to the module's event address.
 *
 * @param eventId the CloudEvent id, the same however often the message is sent
 * @param type the CloudEvent type, also sent as the JMS property {@code ce_type} that subscribers select on
 * @param body the structured CloudEvent JSON
 */
public record FeedbackOutboxMessage(UUID eventId, String type, String body) {
}
