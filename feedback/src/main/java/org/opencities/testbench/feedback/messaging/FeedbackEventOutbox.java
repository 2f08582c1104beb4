package org.opencities.testbench.feedback.messaging;

import org.opencities.testbench.feedback.FeedbackEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every feedback event, as the CloudEvent the broker will get, to the outbox in the
 * transaction that publishes it, and wakes the relay once that transaction has committed (at once
 * outside a transaction); an event whose transaction rolls back leaves nothing behind.
 * <p>
 * A plain listener with a commit hook rather than a {@code @TransactionalEventListener}: in the single
 * node Spring Modulith (used by other modules) would record a publication per event and listener and
 * mark it in two more commits, which is what this outbox exists to avoid.
 */
@Component
class FeedbackEventOutbox {

    private final FeedbackOutbox outbox;
    private final FeedbackOutboxRelay relay;
    private final FeedbackCloudEvents cloudEvents;

    FeedbackEventOutbox(FeedbackOutbox outbox, FeedbackOutboxRelay relay, JsonMapper json) {
        this.outbox = outbox;
        this.relay = relay;
        this.cloudEvents = new FeedbackCloudEvents(json);
    }

    @EventListener
    void record(FeedbackEvent event) {
        outbox.add(new FeedbackOutboxMessage(event.eventId(), event.type(), cloudEvents.of(event)));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            relay.wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wake();
            }
        });
    }
}
