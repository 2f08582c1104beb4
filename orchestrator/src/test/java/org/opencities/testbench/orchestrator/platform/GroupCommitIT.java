package org.opencities.testbench.orchestrator.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.OrchestratorModule;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.admission.NotFeasible;
import org.opencities.testbench.orchestrator.admission.persistence.JdbcCapacityLedger;
import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.Technology;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Group commit on a real H2: the works of one group share a transaction yet fail alone, and
 * reservations in one group see each other, so admission stays exact.
 */
class GroupCommitIT {

    static final long MBPS = 1_000;

    JdbcClient jdbc;
    JdbcCapacityLedger ledger;
    List<Integer> groups = new CopyOnWriteArrayList<>();
    GroupCommit group;
    ExecutorService callers = Executors.newCachedThreadPool();
    CountDownLatch held = new CountDownLatch(1);

    @BeforeEach
    void database() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:group-commit-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        OrchestratorModule.migrations(h2).migrate();
        jdbc = JdbcClient.create(h2);
        var transactions = new DataSourceTransactionManager(h2);
        ledger = new JdbcCapacityLedger(jdbc, transactions);
        ledger.store(List.of(Segment.of(new SegmentId("lab-a"), "lab", "lab-co1", "olt-lab-a", "1/1/1", Technology.GPON,
                64, 10, 0.1, 2)));
        group = new GroupCommit(transactions, 64, groups::add);
    }

    @AfterEach
    void stop() throws InterruptedException {
        held.countDown();
        callers.shutdownNow();
        group.destroy();
    }

    @Test
    void reservationsOfOneGroupSeeEachOtherAndAFailingWorkRollsBackAlone() throws Exception {
        holdTheCommitter();
        var reservations = new ArrayList<Future<?>>();
        for (String service : List.of("svc-a", "svc-b", "svc-c")) {
            reservations.add(callers.submit(() -> group.execute(() -> ledger.reserve(service, "lab", demand(1_000)))));
        }
        var failing = callers.submit(() -> group.execute(() -> {
            ledger.reserve("svc-d", "lab", demand(10));
            throw new IllegalStateException("the step failed after its reservation");
        }));
        await().atMost(Duration.ofSeconds(10)).until(() -> group.waiting() == 4);

        held.countDown();

        var outcomes = new ArrayList<Throwable>();
        for (var reservation : reservations) {
            outcomes.add(failureOf(reservation));
        }
        assertThat(outcomes).filteredOn(failure -> failure == null).hasSize(2);
        assertThat(outcomes).filteredOn(failure -> failure instanceof NotFeasible).hasSize(1);
        assertThat(failureOf(failing)).isInstanceOf(IllegalStateException.class);
        assertThat(ledger.find("svc-d")).isEmpty();
        assertThat(committedDownGuaranteed()).isEqualTo(2_000 * MBPS);
        assertThat(groups).containsExactly(1, 4);
    }

    @Test
    void aGroupWhoseCommitFailsRunsEachWorkAgainAlone() throws Exception {
        holdTheCommitter();
        var failOnce = new AtomicBoolean(true);
        var spoiling = callers.submit(() -> group.execute(() -> {
            ledger.reserve("svc-a", "lab", demand(100));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    if (failOnce.getAndSet(false)) {
                        throw new IllegalStateException("the group's commit fails once");
                    }
                }
            });
        }));
        var other = callers.submit(() -> group.execute(() -> ledger.reserve("svc-b", "lab", demand(200))));
        await().atMost(Duration.ofSeconds(10)).until(() -> group.waiting() == 2);

        held.countDown();

        assertThat(failureOf(spoiling)).isNull();
        assertThat(failureOf(other)).isNull();
        assertThat(ledger.find("svc-a")).isPresent();
        assertThat(ledger.find("svc-b")).isPresent();
        assertThat(committedDownGuaranteed()).isEqualTo(300 * MBPS);
        assertThat(groups).containsExactly(1, 2);
    }

    @Test
    void aWorkThatLostALockInItsGroupRunsAgainAloneAfterTheGroupCommitted() throws Exception {
        holdTheCommitter();
        var runs = new AtomicInteger();
        var contended = callers.submit(() -> group.execute(() -> {
            ledger.reserve("svc-a", "lab", demand(100));
            if (runs.incrementAndGet() == 1) {
                throw new CannotAcquireLockException("lock timeout while the group held other locks");
            }
        }));
        var other = callers.submit(() -> group.execute(() -> ledger.reserve("svc-b", "lab", demand(200))));
        await().atMost(Duration.ofSeconds(10)).until(() -> group.waiting() == 2);

        held.countDown();

        assertThat(failureOf(contended)).isNull();
        assertThat(failureOf(other)).isNull();
        assertThat(runs).hasValue(2);
        assertThat(ledger.find("svc-a")).isPresent();
        assertThat(committedDownGuaranteed()).isEqualTo(300 * MBPS);
    }

    @Test
    void aWorksAfterCommitCallbacksRunOnItsCallersThreadOnceTheGroupCommittedAndNeverForAFailedWork() throws Exception {
        holdTheCommitter();
        var followUps = new CopyOnWriteArrayList<String>();
        var succeeding = callers.submit(() -> {
            String caller = Thread.currentThread().getName();
            group.execute(() -> {
                ledger.reserve("svc-a", "lab", demand(100));
                afterCommit(() -> followUps.add("svc-a on its caller: " + Thread.currentThread().getName().equals(caller)
                        + ", reservation stored: " + ledger.find("svc-a").isPresent()));
            });
        });
        var failing = callers.submit(() -> group.execute(() -> {
            afterCommit(() -> followUps.add("svc-b"));
            throw new IllegalStateException("the work failed after registering its follow-up");
        }));
        await().atMost(Duration.ofSeconds(10)).until(() -> group.waiting() == 2);

        held.countDown();

        assertThat(failureOf(succeeding)).isNull();
        assertThat(failureOf(failing)).isInstanceOf(IllegalStateException.class);
        assertThat(followUps).containsExactly("svc-a on its caller: true, reservation stored: true");
    }

    @Test
    void aRidingWorkJoinsTheNextGroupOrCommitsAloneWhenNothingElseComes() throws Exception {
        holdTheCommitter();
        group.ride(() -> ledger.reserve("svc-a", "lab", demand(100)));
        var other = callers.submit(() -> group.execute(() -> ledger.reserve("svc-b", "lab", demand(200))));
        await().atMost(Duration.ofSeconds(10)).until(() -> group.waiting() == 1);

        held.countDown();

        assertThat(failureOf(other)).isNull();
        assertThat(ledger.find("svc-a")).as("rode along with svc-b's group").isPresent();
        assertThat(groups).containsExactly(1, 2);

        group.ride(() -> ledger.reserve("svc-c", "lab", demand(300)));
        await().atMost(Duration.ofSeconds(10)).until(() -> groups.size() == 3);
        assertThat(groups).containsExactly(1, 2, 1);
        assertThat(ledger.find("svc-c")).as("committed alone").isPresent();
        assertThat(committedDownGuaranteed()).isEqualTo(600 * MBPS);
    }

    @Test
    void aSubmittedWorkAnswersOnceItsGroupCommittedWithoutItsCallerWaiting() throws Exception {
        holdTheCommitter();
        var followUps = new CopyOnWriteArrayList<String>();
        var reserved = group.submit(() -> {
            afterCommit(() -> followUps.add("svc-a stored: " + ledger.find("svc-a").isPresent()));
            return ledger.reserve("svc-a", "lab", demand(100)).segment();
        });
        var refused = group.submit(() -> {
            afterCommit(() -> followUps.add("svc-b"));
            throw new IllegalStateException("the work failed after registering its follow-up");
        });

        assertThat(reserved).isNotDone();
        held.countDown();

        assertThat(reserved).succeedsWithin(Duration.ofSeconds(10)).isEqualTo(new SegmentId("lab-a"));
        assertThat(refused).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(IllegalStateException.class);
        assertThat(followUps).containsExactly("svc-a stored: true");
        assertThat(groups).containsExactly(1, 2);
    }

    private static void afterCommit(Runnable followUp) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                followUp.run();
            }
        });
    }

    /** A first group whose only work waits, so that the works the test queues meanwhile form the next group. */
    private void holdTheCommitter() {
        var started = new CompletableFuture<Void>();
        callers.submit(() -> group.execute(() -> {
            started.complete(null);
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        started.join();
    }

    private static Throwable failureOf(Future<?> call) throws InterruptedException, TimeoutException {
        try {
            call.get(10, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private long committedDownGuaranteed() {
        return jdbc.sql("SELECT committed_down_guaranteed_kbps FROM orchestrator.segment WHERE id = 'lab-a'")
                .query(Long.class).single();
    }

    private static Demand demand(long guaranteedMbps) {
        return new Demand(BandwidthProfile.of(guaranteedMbps * MBPS, guaranteedMbps * MBPS), BandwidthProfile.of(1_000, 2_000));
    }
}
