package org.opencities.testbench.orchestrator.admission.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.OrchestratorModule;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.CapacityBelowCommitted;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.admission.Direction;
import org.opencities.testbench.orchestrator.admission.Load;
import org.opencities.testbench.orchestrator.admission.NotFeasible;
import org.opencities.testbench.orchestrator.admission.SegmentCapacity;
import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.SegmentStatus;
import org.opencities.testbench.orchestrator.inventory.Technology;
import org.opencities.testbench.orchestrator.inventory.TopologyRejected;
import org.opencities.testbench.orchestrator.inventory.persistence.SegmentRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every database the ledger runs on must show: placement, idempotence, atomic reservations
 * under many threads, taking part in the caller's transaction, and committed capacity always
 * equal to the sum of the reservations. Subclasses give the database.
 */
abstract class LedgerContract {

    static final long MBPS = 1_000;

    JdbcClient jdbc;
    JdbcCapacityLedger ledger;
    DataSourceTransactionManager transactions;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyInventory() {
        OrchestratorModule.migrations(dataSource()).migrate();
        jdbc = JdbcClient.create(dataSource());
        transactions = new DataSourceTransactionManager(dataSource());
        ledger = new JdbcCapacityLedger(jdbc, transactions);
        jdbc.sql("DELETE FROM orchestrator.capacity_reservation").update();
        jdbc.sql("DELETE FROM orchestrator.segment").update();
    }

    @Test
    void placesOnTheSegmentWithTheMostGuaranteedHeadroomAndTiesByTheLowerId() {
        add(gpon("lab-b"));
        add(gpon("lab-a"));
        add(gpon("lab-c"));

        var first = ledger.reserve("svc-1", "lab", demand(100, 100));
        var second = ledger.reserve("svc-2", "lab", demand(100, 100));

        assertThat(first.segment().value()).isEqualTo("lab-a");
        assertThat(second.segment().value()).isEqualTo("lab-b");
    }

    @Test
    void reservesOncePerServiceAndReleasesOnce() {
        add(gpon("lab-a"));

        var reserved = ledger.reserve("svc-1", "lab", demand(300, 500));
        var again = ledger.reserve("svc-1", "lab", demand(300, 500));

        assertThat(again).isEqualTo(reserved);
        assertThat(committed("lab-a").get(0)).isEqualTo(new Load(300 * MBPS, 500 * MBPS));
        assertThat(ledger.release("svc-1")).isTrue();
        assertThat(ledger.release("svc-1")).isFalse();
        assertThat(ledger.release("never-reserved")).isFalse();
        assertThat(committed("lab-a")).containsExactly(Load.NONE, Load.NONE);
    }

    @Test
    void answersTheReservationHeldWhereverTheBestPlaceIsNowAndWhenTheCityIsFull() {
        add(gpon("lab-a"));
        var reserved = ledger.reserve("svc-1", "lab", demand(1_000, 1_000));
        add(gpon("lab-b"));

        assertThat(ledger.reserve("svc-1", "lab", demand(1_000, 1_000))).isEqualTo(reserved);
        assertThat(committed("lab-b")).containsExactly(Load.NONE, Load.NONE);

        ledger.reserve("svc-2", "lab", demand(2_000, 2_000));
        ledger.reserve("svc-3", "lab", demand(1_000, 1_000));

        assertThat(ledger.reserve("svc-1", "lab", demand(1_000, 1_000))).isEqualTo(reserved);
        assertThat(committed("lab-a").get(0)).isEqualTo(new Load(2_000 * MBPS, 2_000 * MBPS));
        assertCommittedEqualsReservations("lab-a");
        assertCommittedEqualsReservations("lab-b");
    }

    @Test
    void refusesWithEverySegmentsNumbersWhenNoneAdmits() {
        add(gpon("lab-a"));
        add(Segment.of(new SegmentId("lab-b"), "lab", "lab-co1", "olt-lab-b", "1/1/1", Technology.GPON, 64, 10, 0.1, 2)
                .reconfigured(SegmentStatus.MAINTENANCE, 0.1, 2, 2_300_000, 1_100_000));

        assertThatThrownBy(() -> ledger.reserve("svc-1", "lab", demand(2_100, 2_100)))
                .isInstanceOfSatisfying(NotFeasible.class, e -> {
                    assertThat(e.refusals()).extracting(r -> r.segment().value() + " " + r.rate() + " " + r.limitKbps())
                            .containsExactlyInAnyOrder("lab-a GUARANTEED 2070000", "lab-b NONE 0");
                    assertThat(e.getMessage()).contains("2,100,000", "2,070,000", "maintenance");
                });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM orchestrator.capacity_reservation").query(Long.class).single()).isZero();
    }

    @Test
    void manyThreadsReservingOnOneSegmentNeverExceedItsLimit() throws Exception {
        add(gpon("lab-a"));
        int threads = 16;
        int perThread = 5;
        var admitted = new AtomicInteger();
        var refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var tasks = new ArrayList<Callable<Void>>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                tasks.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        try {
                            ledger.reserve("svc-" + thread + "-" + i, "lab", demand(100, 150));
                            admitted.incrementAndGet();
                        } catch (NotFeasible e) {
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            for (var future : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        // 2,300 Mbit/s x 0.9 = 2,070 Mbit/s guaranteed: 20 services of 100 Mbit/s fit, the 21st does not.
        assertThat(admitted.get()).isEqualTo(20);
        assertThat(refused.get()).isEqualTo(threads * perThread - 20);
        assertThat(committed("lab-a").get(0)).isEqualTo(new Load(2_000 * MBPS, 3_000 * MBPS));
        assertCommittedEqualsReservations("lab-a");
    }

    @Test
    void takesPartInTheCallersTransaction() {
        add(gpon("lab-a"));
        var caller = new TransactionTemplate(transactions);

        caller.executeWithoutResult(status -> {
            ledger.reserve("svc-rolled-back", "lab", demand(100, 100));
            status.setRollbackOnly();
        });
        caller.executeWithoutResult(status -> ledger.reserve("svc-kept", "lab", demand(200, 200)));

        assertThat(ledger.find("svc-rolled-back")).isEmpty();
        assertThat(ledger.find("svc-kept")).isPresent();
        assertThat(committed("lab-a").get(0)).isEqualTo(new Load(200 * MBPS, 200 * MBPS));
    }

    @Test
    void randomReservesAndReleasesKeepCommittedEqualToTheReservationsAndWithinLimits() {
        add(gpon("lab-a"));
        add(gpon("lab-b"));
        add(Segment.of(new SegmentId("lab-c"), "lab", "lab-co1", "olt-lab-c", "1/1/1", Technology.XGS_PON, 128, 10, 0.3, 1.5));
        var random = new Random(42);
        var held = new ArrayList<String>();
        for (int step = 0; step < 300; step++) {
            if (!held.isEmpty() && random.nextInt(3) == 0) {
                assertThat(ledger.release(held.remove(random.nextInt(held.size())))).isTrue();
            } else {
                long guaranteed = random.nextInt(4) * 100;
                long maximum = guaranteed + random.nextInt(5) * 250 + 1;
                try {
                    ledger.reserve("svc-" + step, "lab", demand(guaranteed, maximum));
                    held.add("svc-" + step);
                } catch (NotFeasible e) {
                    assertThat(e.refusals()).isNotEmpty();
                }
            }
            for (String segment : List.of("lab-a", "lab-b", "lab-c")) {
                assertCommittedEqualsReservations(segment);
                assertWithinLimits(segment);
            }
        }
        assertThat(held).isNotEmpty();
    }

    @Test
    void refusesToLowerLimitsBelowWhatIsCommitted() {
        var segment = add(gpon("lab-a"));
        ledger.reserve("svc-1", "lab", demand(1_000, 1_000));

        assertThatThrownBy(() -> ledger.reconfigure(segment.id(), segment.tag(),
                s -> s.reconfigured(s.status(), 0.6, s.overbooking(), s.usableDownKbps(), s.usableUpKbps())))
                .isInstanceOfSatisfying(CapacityBelowCommitted.class, e -> assertThat(e.refusals())
                        .extracting(r -> r.direction() + " " + r.committedKbps() + " > " + r.limitKbps())
                        .containsExactly("DOWNSTREAM 1000000 > 920000"));
        assertThatThrownBy(() -> ledger.store(List.of(gpon("lab-new"), segment.reconfigured(SegmentStatus.IN_SERVICE, 0.1, 2,
                900_000, 1_100_000))))
                .isInstanceOfSatisfying(TopologyRejected.class, e -> assertThat(e.errors())
                        .extracting(error -> error.row() + ":" + error.field()).contains("2:headroom"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM orchestrator.segment").query(Long.class).single()).isEqualTo(1);

        var changed = ledger.reconfigure(segment.id(), segment.tag(), s -> s.reconfigured(SegmentStatus.DEGRADED, 0.5, 1, 2_300_000, 1_100_000));
        assertThat(changed.status()).isEqualTo(SegmentStatus.DEGRADED);
    }

    Segment add(Segment segment) {
        SegmentRows.bind(jdbc.sql(SegmentRows.INSERT), segment).update();
        return segment;
    }

    static Segment gpon(String id) {
        return Segment.of(new SegmentId(id), "lab", "lab-co1", "olt-" + id, "1/1/1", Technology.GPON, 64, 10, 0.1, 2);
    }

    /** Guaranteed and maximum in Mbit/s downstream; a small fixed upstream. */
    static Demand demand(long guaranteedMbps, long maximumMbps) {
        return new Demand(BandwidthProfile.of(guaranteedMbps * MBPS, maximumMbps * MBPS), BandwidthProfile.of(1_000, 2_000));
    }

    List<Load> committed(String segment) {
        return jdbc.sql("SELECT * FROM orchestrator.segment WHERE id = :id").param("id", segment)
                .query((rs, n) -> List.of(
                        new Load(rs.getLong("committed_down_guaranteed_kbps"), rs.getLong("committed_down_maximum_kbps")),
                        new Load(rs.getLong("committed_up_guaranteed_kbps"), rs.getLong("committed_up_maximum_kbps"))))
                .single();
    }

    void assertCommittedEqualsReservations(String segment) {
        var sums = ledger.reservedOn(new SegmentId(segment));
        assertThat(committed(segment)).containsExactly(sums.get(Direction.DOWNSTREAM), sums.get(Direction.UPSTREAM));
    }

    void assertWithinLimits(String segment) {
        SegmentCapacity capacity = ledger.of(List.of(new SegmentId(segment))).get(new SegmentId(segment));
        assertThat(capacity.overCommitted()).isEmpty();
    }
}
