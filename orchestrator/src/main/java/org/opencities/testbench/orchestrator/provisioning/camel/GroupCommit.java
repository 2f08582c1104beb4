package org.opencities.testbench.orchestrator.provisioning.camel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for the saga steps: the transactional work of every saga that is ready at the same
 * moment runs on one thread in ONE database transaction, each saga's work in a savepoint of its
 * own. A work that fails (the saga moved under its runner, not feasible, any error) rolls back to
 * its savepoint and its caller gets the exception, exactly as if it had run alone; the others go
 * on and commit together. Works run one after the other in the same transaction, so a reservation
 * sees the reservations made before it in the group (admission stays exact).
 * <p>
 * If the group's transaction itself fails (its commit, say), nothing of it happened, and each work
 * runs again alone in a transaction of its own. A work that lost a lock inside the group (a lock
 * timeout or a deadlock, e.g. with another replica's group taking segment rows in another order)
 * runs again alone after the group has committed and released its locks, so that holding many
 * sagas' locks at once does not turn into failed sagas.
 * <p>
 * One thread, so that the group's locks (segment rows, order rows) are never taken in two
 * orders by two groups of this process. Up to {@code provisioning.group-commit} works per group.
 */
@Component
class GroupCommit implements DisposableBean {

    private static final Duration IDLE_LOOK = Duration.ofMillis(100);

    private final BlockingQueue<Pending<?>> waiting = new LinkedBlockingQueue<>();
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;
    private final int limit;
    private final ProvisioningMetrics metrics;
    private final Thread committer;
    private volatile boolean stopped;

    GroupCommit(PlatformTransactionManager transactions, ProvisioningProperties properties, ProvisioningMetrics metrics) {
        this.transaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.limit = Math.max(1, properties.groupCommit());
        this.metrics = metrics;
        this.committer = new Thread(this::commitUntilStopped, "provisioning-group-commit");
        this.committer.setDaemon(true);
        this.committer.start();
    }

    /**
     * Runs the work in the next group's transaction and answers its result once that transaction
     * has committed; throws what the work threw (its effects rolled back).
     */
    <T> T run(Supplier<T> work) {
        var pending = new Pending<>(work);
        waiting.add(pending);
        if (stopped) {
            pending.result.completeExceptionally(new CancellationException("the provisioning group commit has stopped"));
        }
        try {
            return pending.result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** {@link #run(Supplier)} for work without a result. */
    void execute(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    /** Works queued for the next group. */
    int waiting() {
        return waiting.size();
    }

    private void commitUntilStopped() {
        var group = new ArrayList<Pending<?>>(limit);
        try {
            while (!stopped) {
                // a timed wait rather than an interrupt at shutdown: an interrupt during a commit would reach the database's file
                var first = waiting.poll(IDLE_LOOK.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                waiting.drainTo(group, limit - 1);
                commit(group);
                group.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            group.addAll(waiting);
            group.forEach(pending -> pending.result.completeExceptionally(
                    new CancellationException("the provisioning group commit has stopped")));
        }
    }

    private void commit(List<Pending<?>> group) {
        try {
            transaction.executeWithoutResult(status -> group.forEach(pending -> pending.runIn(savepoint)));
            // A work that lost a lock (timeout, deadlock with another replica's group) may have lost it
            // only because its group held other locks: once those are released, it runs again alone.
            group.stream().filter(Pending::lostALock).forEach(pending -> pending.runIn(transaction));
        } catch (RuntimeException | Error groupFailed) {
            group.forEach(pending -> pending.runIn(transaction));
        }
        metrics.groupCommitted(group.size());
        group.forEach(Pending::complete);
    }

    @Override
    public void destroy() throws InterruptedException {
        stopped = true;
        committer.join(IDLE_LOOK.multipliedBy(100).toMillis());
    }

    /** A caller's work, and what came of it in the last transaction it ran in. */
    private static final class Pending<T> {

        private final Supplier<T> work;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private T value;
        private Throwable failure;

        private Pending(Supplier<T> work) {
            this.work = work;
        }

        private void runIn(TransactionTemplate template) {
            try {
                value = template.execute(status -> work.get());
                failure = null;
            } catch (RuntimeException | Error e) {
                value = null;
                failure = e;
            }
        }

        private boolean lostALock() {
            return failure instanceof PessimisticLockingFailureException;
        }

        private void complete() {
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(failure);
            }
        }
    }
}
