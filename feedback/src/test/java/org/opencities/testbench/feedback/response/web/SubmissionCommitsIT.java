package org.opencities.testbench.feedback.response.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.feedback.FeedbackProperties;
import org.opencities.testbench.feedback.TestDatabases;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The group commit on H2 (PostgreSQL mode) and on a real PostgreSQL: submissions that queue up while
 * a commit is written share the next transaction, and one that fails takes nothing of the others
 * with it and leaves nothing of its own.
 */
class SubmissionCommitsIT {

    static Stream<DataSource> databasesToTest() {
        return Stream.of(TestDatabases.h2(), TestDatabases.postgres());
    }

    /** A group commit over an empty probe table, started. */
    private static SubmissionCommits startedOn(DataSource database) {
        var jdbc = JdbcClient.create(database);
        jdbc.sql("DROP TABLE IF EXISTS group_commit_probe").update();
        jdbc.sql("CREATE TABLE group_commit_probe (id INT PRIMARY KEY, written_by VARCHAR(40) NOT NULL)").update();
        var commits = new SubmissionCommits(new JdbcTransactionManager(database), new FeedbackProperties(
                new FeedbackProperties.Messaging("testbench.feedback.events", List.of()), new FeedbackProperties.Reports(5),
                new FeedbackProperties.Outbox(200, Duration.ofSeconds(1)), new FeedbackProperties.Submissions(64)));
        commits.start();
        return commits;
    }

    /**
     * The writer held busy by a submission of row 0, so that the next submissions queue up. Row 0 is
     * committed before they run: their order in the queue is the order their threads got there, so a
     * duplicate among them is made against row 0, never against a row of the same group.
     */
    private record BusyWriter(SubmissionCommits commits, CompletableFuture<Void> first, CountDownLatch mayFinish) {

        static BusyWriter occupy(SubmissionCommits commits, JdbcClient jdbc) throws InterruptedException {
            var writerBusy = new CountDownLatch(1);
            var mayFinish = new CountDownLatch(1);
            var first = CompletableFuture.runAsync(() -> commits.commit(() -> {
                insert(jdbc, 0);
                writerBusy.countDown();
                awaitReleased(mayFinish);
            }));
            assertThat(writerBusy.await(10, TimeUnit.SECONDS)).isTrue();
            return new BusyWriter(commits, first, mayFinish);
        }

        /** Lets the writer go on once {@code queued} submissions wait, so that they form its next group. */
        void releaseWhenQueued(int queued) throws Exception {
            await().atMost(Duration.ofSeconds(10)).until(() -> commits.waiting() == queued);
            mayFinish.countDown();
            first.get(10, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void storesQueuedSubmissionsTogetherAndFailsOnlyTheOnesThatFail(DataSource database) throws Exception {
        var jdbc = JdbcClient.create(database);
        var commits = startedOn(database);
        try {
            var busy = BusyWriter.occupy(commits, jdbc);
            var transactions = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<Object, Boolean>()));
            var queued = new ArrayList<CompletableFuture<Void>>();
            for (int id : IntStream.rangeClosed(1, 20).toArray()) {
                queued.add(CompletableFuture.runAsync(() -> commits.commit(() -> {
                    if (id == 7) {
                        insert(jdbc, 0);
                    } else if (id == 11) {
                        insert(jdbc, 11);
                        throw new IllegalStateException("refused after writing");
                    } else {
                        insert(jdbc, id);
                    }
                    transactions.add(TransactionSynchronizationManager.getResource(database));
                })));
            }
            busy.releaseWhenQueued(20);

            assertThat(failure(queued.get(6))).isInstanceOf(DuplicateKeyException.class);
            assertThat(failure(queued.get(10))).isInstanceOf(IllegalStateException.class).hasMessage("refused after writing");
            for (int i = 0; i < queued.size(); i++) {
                if (i != 6 && i != 10) {
                    assertThat(queued.get(i)).as("submission %d", i + 1).succeedsWithin(Duration.ofSeconds(10));
                }
            }
            assertThat(jdbc.sql("SELECT id FROM group_commit_probe ORDER BY id").query(Integer.class).list())
                    .containsExactlyElementsOf(IntStream.rangeClosed(0, 20).filter(id -> id != 7 && id != 11).boxed().toList());
            assertThat(transactions).as("transactions the 18 queued submissions that succeeded were stored in").hasSize(1);
        } finally {
            commits.stop();
        }
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void storesEachSubmissionAloneWhenTheGroupsCommitFails(DataSource database) throws Exception {
        var jdbc = JdbcClient.create(database);
        var commits = startedOn(database);
        try {
            var busy = BusyWriter.occupy(commits, jdbc);
            var failOnce = new AtomicBoolean(true);
            var transactions = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<Object, Boolean>()));
            var spoiling = CompletableFuture.runAsync(() -> commits.commit(() -> {
                insert(jdbc, 1);
                transactions.add(TransactionSynchronizationManager.getResource(database));
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        if (failOnce.getAndSet(false)) {
                            throw new IllegalStateException("the group's commit fails once");
                        }
                    }
                });
            }));
            var other = CompletableFuture.runAsync(() -> commits.commit(() -> {
                insert(jdbc, 2);
                transactions.add(TransactionSynchronizationManager.getResource(database));
            }));
            busy.releaseWhenQueued(2);

            assertThat(spoiling).succeedsWithin(Duration.ofSeconds(10));
            assertThat(other).succeedsWithin(Duration.ofSeconds(10));
            assertThat(jdbc.sql("SELECT id FROM group_commit_probe ORDER BY id").query(Integer.class).list()).containsExactly(0, 1, 2);
            assertThat(transactions).as("the group's transaction, then one for each submission alone").hasSize(3);
        } finally {
            commits.stop();
        }
    }

    private static void insert(JdbcClient jdbc, int id) {
        jdbc.sql("INSERT INTO group_commit_probe (id, written_by) VALUES (?, ?)").params(id, Thread.currentThread().getName()).update();
    }

    private static void awaitReleased(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Throwable failure(CompletableFuture<Void> submission) {
        return assertThat(submission).failsWithin(Duration.ofSeconds(10)).withThrowableThat().actual().getCause();
    }
}
