package org.opencities.testbench.orchestrator.messaging;

import org.springframework.stereotype.Component;

/**
 * Puts a message in the outbox within the current transaction and hands it to the relay once that
 * transaction has committed; a message whose transaction rolls back leaves nothing behind. Every
 * message the orchestrator sends goes this way.
 */
@Component
public class OutboxWriter {

    private final Outbox outbox;
    private final OutboxRelay relay;

    OutboxWriter(Outbox outbox, OutboxRelay relay) {
        this.outbox = outbox;
        this.relay = relay;
    }

    public void write(OutboxMessage message) {
        var committed = new OutboxRelay.Committed(outbox.add(message), System.nanoTime(), message);
        AfterCommit.run(() -> relay.committed(committed));
    }
}
