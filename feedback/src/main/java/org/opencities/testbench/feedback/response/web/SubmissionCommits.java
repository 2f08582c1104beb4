package org.opencities.testbench.feedback.response.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.prometheus.client.Histogram;
import org.opencities.testbench.feedback.FeedbackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for submissions: the submissions that arrive while a commit is being written are
 * stored together in the next database transaction, each in a savepoint of its own, so that one
 * durable commit (the costly part of a submission on a single node's H2, and an fsync on PostgreSQL)
 * serves many requests. A submission that fails (answered already, quota reached) rolls back to its
 * savepoint and fails alone; if the group's transaction itself fails (its commit, say), each
 * submission is stored again alone. Each request returns only once its submission has committed, or
 * with its own error. One writer thread per process; under light load a batch is a single submission and
 * nothing waits for company.
 */
@Component
class SubmissionCommits implements SmartLifecycle {

    /** How long a request waits for its commit before it gives up (the writer is stuck or stopped). */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(SubmissionCommits.class);
    private static final Histogram BATCH_SIZES = Histogram.build("testbench_feedback_submissions_per_commit",
            "Submissions stored in one database transaction by the group commit, failed ones included")
            .buckets(1, 2, 4, 8, 16, 32, 64).register();

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final TransactionTemplate batchTransaction;
    private final TransactionTemplate savepoint;
    private final int batch;
    private volatile boolean running;
    private Thread thread;

    private record Pending(Runnable work, CompletableFuture<Void> committed) {
    }

    SubmissionCommits(PlatformTransactionManager transactions, FeedbackProperties properties) {
        this.batchTransaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.batch = properties.submissions().batch();
    }

    /**
     * Runs {@code work} in a transaction it may share with other submissions and returns once that
     * transaction has committed; throws what {@code work} threw, in which case nothing it did is stored.
     */
    void commit(Runnable work) {
        if (!running) {
            throw new IllegalStateException("Submissions are not taken while the application starts or stops; try again shortly");
        }
        var pending = new Pending(work, new CompletableFuture<>());
        queue.add(pending);
        try {
            pending.committed().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("The submission could not be stored", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The submission was not stored within " + PATIENCE.toSeconds() + " s; try again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the submission was being stored", e);
        }
    }

    /** How many submissions wait for the writer. */
    int waiting() {
        return queue.size();
    }

    private void writeUntilStopped() {
        while (running || !queue.isEmpty()) {
            try {
                var first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    var batched = new ArrayList<Pending>(batch);
                    batched.add(first);
                    queue.drainTo(batched, batch - 1);
                    write(batched);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Submission writer failed; it goes on with the next submissions", e);
            }
        }
    }

    private void write(List<Pending> batched) {
        BATCH_SIZES.observe(batched.size());
        var failures = new HashMap<Pending, RuntimeException>();
        try {
            batchTransaction.executeWithoutResult(status -> batched.forEach(pending -> runIn(savepoint, pending, failures)));
        } catch (RuntimeException groupFailed) {
            // Nothing of the group is stored (its commit failed, say): each submission runs again alone.
            failures.clear();
            batched.forEach(pending -> runIn(batchTransaction, pending, failures));
        }
        for (var pending : batched) {
            var failure = failures.get(pending);
            if (failure == null) {
                pending.committed().complete(null);
            } else {
                pending.committed().completeExceptionally(failure);
            }
        }
    }

    private static void runIn(TransactionTemplate transaction, Pending pending, Map<Pending, RuntimeException> failures) {
        try {
            transaction.executeWithoutResult(status -> pending.work().run());
        } catch (RuntimeException e) {
            failures.put(pending, e);
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::writeUntilStopped, "feedback-submission-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        try {
            thread.join(PATIENCE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server has finished the requests in flight, which may still submit. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
