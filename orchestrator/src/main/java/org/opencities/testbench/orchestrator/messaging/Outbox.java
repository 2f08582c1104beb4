package org.opencities.testbench.orchestrator.messaging;

import java.util.List;
import java.util.function.Consumer;

/** The orchestrator's outbox: messages written with the transaction that publishes them, relayed in batches. */
public interface Outbox {

    /** Keeps a message, in the current transaction if there is one. */
    void add(OutboxMessage message);

    /**
     * Hands the oldest waiting messages, at most {@code limit} of them and none another relay is
     * handing on at the same time, to {@code send}, and removes them from the outbox in one
     * transaction once {@code send} has returned; if it throws, they stay.
     *
     * @return how many messages were sent
     */
    int relay(int limit, Consumer<List<OutboxMessage>> send);

    /** How many messages wait to be sent. */
    long waiting();
}
