package org.opencities.testbench.orchestrator.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit: the transactional work of every caller that is ready at the same moment (an order
 * being stored, a saga's claim or step, the simulated OLT's configuration) runs on one thread in
 * ONE database transaction, each work in a savepoint of its own. A work that fails (the saga moved
 * under its runner, not feasible, a duplicate, any error) rolls back to its savepoint and its
 * caller gets the exception, exactly as if it had run alone; the others go on and commit together.
 * Works run one after the other in the same transaction, so a reservation sees the reservations
 * made before it in the group (admission stays exact).
 * <p>
 * What a work asks to happen after the commit ({@link TransactionSynchronization#afterCommit()},
 * e.g. sending its provisioning command) happens on the caller's thread once the group has
 * committed, and never for a work that failed; the rest of the synchronization ({@code beforeCommit})
 * stays with the group's transaction.
 * <p>
 * If the group's transaction itself fails (its commit, say), nothing of it happened, and each work
 * runs again alone in a transaction of its own. A work that lost a lock inside the group (a lock
 * timeout or a deadlock, e.g. with another replica's group taking segment rows in another order)
 * runs again alone after the group has committed and released its locks, so that holding many
 * works' locks at once does not turn into failures.
 * <p>
 * One thread, so that the group's locks (segment rows, order rows) are never taken in two orders by
 * two groups of this process.
 */
public class GroupCommit implements DisposableBean {

    private static final Duration IDLE_LOOK = Duration.ofMillis(100);
    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final BlockingQueue<Pending<?>> waiting = new LinkedBlockingQueue<>();
    private final BlockingQueue<Pending<?>> riding = new LinkedBlockingQueue<>();
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;
    private final int limit;
    private final IntConsumer committed;
    private final Thread committer;
    private volatile boolean stopped;

    /**
     * @param limit works at most per transaction
     * @param committed told the number of works of every group that committed
     */
    public GroupCommit(PlatformTransactionManager transactions, int limit, IntConsumer committed) {
        this.transaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.limit = Math.max(1, limit);
        this.committed = committed;
        this.committer = new Thread(this::commitUntilStopped, "group-commit");
        this.committer.setDaemon(true);
        this.committer.start();
    }

    /**
     * Runs the work in the next group's transaction and answers its result once that transaction
     * has committed and the work's after-commit callbacks have run; throws what the work threw (its
     * effects rolled back).
     */
    public <T> T run(Supplier<T> work) {
        var pending = new Pending<>(work);
        enqueue(pending);
        T result;
        try {
            result = pending.result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
        pending.afterCommit();
        return result;
    }

    /**
     * {@link #run(Supplier)} without waiting: answers the work's result once the group's transaction
     * has committed (or what the work threw); the work's after-commit callbacks run first, on the
     * group's thread. For callers that do not wait themselves, such as the simulated OLT.
     */
    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        var pending = new Pending<>(work);
        var answer = pending.result.thenApply(value -> {
            pending.afterCommit();
            return value;
        });
        enqueue(pending);
        return answer;
    }

    /** {@link #run(Supplier)} for work without a result. */
    public void execute(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs a work in the transaction of the next group that other works start, or alone once nothing
     * else came for a moment (100 ms), and does not wait for it: for what may happen a little later
     * without a commit of its own, such as removing what the outbox relay has sent. Its after-commit
     * callbacks run on the group's thread; a failure is logged, its effects rolled back.
     */
    public void ride(Runnable work) {
        var pending = new Pending<>(() -> {
            work.run();
            return null;
        });
        pending.result.whenComplete((ignored, failure) -> {
            if (failure == null) {
                pending.afterCommit();
            } else {
                log.warn("A work riding along with a group commit failed; it rolled back", failure);
            }
        });
        riding.add(pending);
    }

    private void enqueue(Pending<?> pending) {
        waiting.add(pending);
        if (stopped) {
            pending.result.completeExceptionally(new CancellationException("the group commit has stopped"));
        }
    }

    /** Works queued for the next group. */
    public int waiting() {
        return waiting.size();
    }

    private void commitUntilStopped() {
        var group = new ArrayList<Pending<?>>(limit);
        try {
            while (!stopped) {
                // a timed wait rather than an interrupt at shutdown: an interrupt during a commit would reach the database's file
                var first = waiting.poll(IDLE_LOOK.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    group.add(first);
                    waiting.drainTo(group, limit - 1);
                }
                riding.drainTo(group, Math.max(1, limit - group.size()));
                if (group.isEmpty()) {
                    continue;
                }
                commit(group);
                group.clear();
            }
            // what rode along last still commits: nobody waits for it to come back later
            riding.drainTo(group);
            if (!group.isEmpty()) {
                commit(group);
                group.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            group.addAll(waiting);
            group.addAll(riding);
            group.forEach(pending -> pending.result.completeExceptionally(new CancellationException("the group commit has stopped")));
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
        committed.accept(group.size());
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
        private List<TransactionSynchronization> followUps = List.of();

        private Pending(Supplier<T> work) {
            this.work = work;
        }

        private void runIn(TransactionTemplate template) {
            try {
                value = template.execute(status -> {
                    var before = Collections.newSetFromMap(new IdentityHashMap<TransactionSynchronization, Boolean>());
                    before.addAll(TransactionSynchronizationManager.getSynchronizations());
                    boolean done = false;
                    try {
                        T result = work.get();
                        done = true;
                        return result;
                    } finally {
                        followUps = takeSynchronizationsSince(before, done);
                    }
                });
                failure = null;
            } catch (RuntimeException | Error e) {
                value = null;
                failure = e;
                followUps = List.of();
            }
        }

        /**
         * Leaves the synchronizations registered before the work as they were, and those the work
         * registered in the transaction only for what they do before the commit, and only if the work
         * succeeded; answers the work's own (none if it failed), to be told of the commit on the
         * caller's thread.
         */
        private static List<TransactionSynchronization> takeSynchronizationsSince(Set<TransactionSynchronization> before,
                boolean succeeded) {
            var all = TransactionSynchronizationManager.getSynchronizations();
            var added = all.stream().filter(synchronization -> !before.contains(synchronization)).toList();
            if (added.isEmpty()) {
                return added;
            }
            TransactionSynchronizationManager.clearSynchronization();
            TransactionSynchronizationManager.initSynchronization();
            all.stream().filter(before::contains).forEach(TransactionSynchronizationManager::registerSynchronization);
            if (!succeeded) {
                return List.of();
            }
            added.stream().map(BeforeCommitOnly::new).forEach(TransactionSynchronizationManager::registerSynchronization);
            return added;
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

        /** What Spring does after a commit: the follow-ups' {@code afterCommit}, then their {@code afterCompletion} in any case. */
        private void afterCommit() {
            try {
                TransactionSynchronizationUtils.invokeAfterCommit(followUps);
            } finally {
                TransactionSynchronizationUtils.invokeAfterCompletion(followUps, TransactionSynchronization.STATUS_COMMITTED);
            }
        }
    }

    /** A work's synchronization as the group's transaction sees it: what it does before the commit, nothing after. */
    private record BeforeCommitOnly(TransactionSynchronization work) implements TransactionSynchronization {

        @Override
        public int getOrder() {
            return work.getOrder();
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            work.beforeCommit(readOnly);
        }

        @Override
        public void beforeCompletion() {
            work.beforeCompletion();
        }
    }
}
