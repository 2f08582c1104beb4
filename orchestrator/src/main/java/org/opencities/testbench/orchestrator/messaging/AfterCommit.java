package org.opencities.testbench.orchestrator.messaging;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work once the current transaction has committed, or at once outside a transaction; nothing
 * runs if it rolls back. For best-effort or otherwise durable follow-ups, this is what a
 * {@code @TransactionalEventListener} would do without Spring Modulith recording an outbox entry
 * per listener and event — which costs a second database connection after every commit.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }
}
