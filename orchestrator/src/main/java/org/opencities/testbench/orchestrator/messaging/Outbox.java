package org.opencities.testbench.orchestrator.messaging;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The orchestrator's outbox: messages written with the transaction that publishes them. The relay
 * sends what a transaction committed as soon as it has committed, and removes it by its place;
 * a sweep sends what is left behind (by a crash, a failed send, another replica).
 */
public interface Outbox {

    /** Keeps a message, in the current transaction if there is one; answers its place, by which {@link #remove} takes it out. */
    long add(OutboxMessage message);

    /**
     * Sweeps: hands the oldest messages kept before {@code keptBefore}, at most {@code limit} of them
     * and none another sweep is handing on at the same time, to {@code send}, and removes them from
     * the outbox in one transaction once {@code send} has returned; if it throws, they stay.
     *
     * @return how many messages were sent
     */
    int relay(int limit, Instant keptBefore, Consumer<List<OutboxMessage>> send);

    /** Removes messages that were sent, by their places; in the current transaction if there is one. */
    void remove(Collection<Long> places);

    /** How many messages wait to be sent. */
    long waiting();
}
