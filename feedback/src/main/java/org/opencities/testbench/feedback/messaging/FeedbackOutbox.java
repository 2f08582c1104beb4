package org.opencities.testbench.feedback.messaging;

import java.util.List;
import java.util.function.Consumer;

/** The feedback module's outbox: events written with the transaction that publishes them, relayed in batches. */
public interface FeedbackOutbox {

    /** Keeps a message, in the current transaction if there is one. */
    void add(FeedbackOutboxMessage message);

    /**
     * Hands the oldest waiting messages, at most {@code limit} of them and none another relay is
     * handing on at the same time, to {@code send}, and removes them from the outbox in one
     * transaction once {@code send} has returned; if it throws, they stay.
     *
     * @return how many messages were sent
     */
    int relay(int limit, Consumer<List<FeedbackOutboxMessage>> send);
}
