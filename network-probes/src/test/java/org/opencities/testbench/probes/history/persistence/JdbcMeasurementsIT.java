package org.opencities.testbench.probes.history.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.probes.ProbesModule;
import org.opencities.testbench.probes.TestDatabases;
import org.opencities.testbench.probes.history.Figures;
import org.opencities.testbench.probes.history.Measurement;
import org.opencities.testbench.probes.history.MeasurementQuery;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The history's SQL on H2 (PostgreSQL mode) and on a real PostgreSQL. */
class JdbcMeasurementsIT {

    private static final Instant T0 = Instant.parse("2027-01-20T10:00:00Z");

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2()), Arguments.of("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesEachRunOnceKeepingFailedRunsWithTheirReason(String name, DataSource dataSource) {
        var history = emptyHistory(dataSource);

        boolean first = history.record(stamp("run-1", "seg-a", T0, 1.0, 2.0, 0.1, 0.0));
        boolean again = history.record(stamp("run-1", "seg-a", T0, 9.0, 9.0, 9.0, 0.5));
        boolean failed = history.record(failed("run-2", "seg-a", T0.plusSeconds(60), "server busy"));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(failed).isTrue();
        var query = new MeasurementQuery("seg-a", null, null, T0, T0.plusSeconds(3600));
        var runs = history.page(query, 0, 10);
        assertThat(runs).extracting(Measurement::runId).containsExactly("run-1", "run-2");
        assertThat(runs.get(0).figures().rttMeanMs()).isEqualTo(1.0);
        assertThat(runs.get(0).startedAt()).isEqualTo(T0);
        assertThat(runs.get(1).failureReason()).isEqualTo("server busy");
        assertThat(runs.get(1).figures()).isEqualTo(Figures.NONE);
        assertThat(history.count(query)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void filtersBySegmentServiceToolAndHalfOpenRange(String name, DataSource dataSource) {
        var history = emptyHistory(dataSource);
        history.record(stamp("in", "seg-a", T0, 1.0, 1.0, 0.1, 0.0));
        history.record(stamp("other-segment", "seg-b", T0, 1.0, 1.0, 0.1, 0.0));
        history.record(stamp("at-end", "seg-a", T0.plusSeconds(3600), 1.0, 1.0, 0.1, 0.0));
        history.record(stamp("before", "seg-a", T0.minusMillis(1), 1.0, 1.0, 0.1, 0.0));
        history.record(throughput("tput", "seg-a", T0.plusSeconds(5), 9.4e7));

        var range = new MeasurementQuery("seg-a", null, null, T0, T0.plusSeconds(3600));
        assertThat(history.page(range, 0, 10)).extracting(Measurement::runId).containsExactly("in", "tput");
        assertThat(history.page(new MeasurementQuery("seg-a", null, "throughput", T0, T0.plusSeconds(3600)), 0, 10))
                .extracting(Measurement::runId).containsExactly("tput");
        assertThat(history.page(new MeasurementQuery(null, "svc-seg-b", null, T0, T0.plusSeconds(3600)), 0, 10))
                .extracting(Measurement::runId).containsExactly("other-segment");
        assertThat(history.page(range, 1, 1)).extracting(Measurement::runId).containsExactly("tput");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void summarisesRunsInBucketsWithNearestRankPercentile(String name, DataSource dataSource) {
        var history = emptyHistory(dataSource);
        for (int i = 1; i <= 20; i++) {
            // 20 runs in the first minute: p95 of the runs' p95 values by nearest rank is the 19th smallest
            history.record(stamp("a-" + i, "seg-a", T0.plusSeconds(i), i, i * 10.0, i / 10.0, i / 100.0));
        }
        history.record(failed("a-failed", "seg-a", T0.plusSeconds(30), "no reply"));
        history.record(stamp("b-1", "seg-a", T0.plusSeconds(150), 5.0, 7.0, 0.5, 0.0));

        var buckets = history.buckets(new MeasurementQuery("seg-a", null, null, T0, T0.plusSeconds(300)),
                Duration.ofMinutes(1));

        assertThat(buckets).hasSize(2);
        var first = buckets.get(0);
        assertThat(first.start()).isEqualTo(T0);
        assertThat(first.runs()).isEqualTo(21);
        assertThat(first.failedRuns()).isEqualTo(1);
        assertThat(first.rttMs().min()).isEqualTo(1.0);
        assertThat(first.rttMs().mean()).isEqualTo(10.5);
        assertThat(first.rttMs().max()).isEqualTo(200.0);
        assertThat(first.rttMs().p95()).isEqualTo(190.0);
        assertThat(first.jitterMs().p95()).isEqualTo(1.9);
        assertThat(first.lossRatio().max()).isEqualTo(0.2);
        assertThat(first.throughputBitsPerSecond().mean()).isNull();
        var second = buckets.get(1);
        assertThat(second.start()).isEqualTo(T0.plusSeconds(120));
        assertThat(second.runs()).isEqualTo(1);
        assertThat(second.rttMs().p95()).isEqualTo(7.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void readsTheCompletedRunsThatEndedWithinTheWindowBeforeTheLatestEnd(String name, DataSource dataSource) {
        var history = emptyHistory(dataSource);
        history.record(stamp("old", "seg-a", T0, 1.0, 1.0, 0.1, 0.0));
        history.record(stamp("mid", "seg-a", T0.plusSeconds(60), 1.0, 1.0, 0.1, 0.0));
        history.record(new Measurement("no-end", "as-1", "agent-1", "seg-a", "svc-seg-a", "stamp", T0.plusSeconds(100),
                null, new Figures(1.0, 1.0, 1.0, 1.0, 1.0, 0.1, 0.0, null, 100, 100), null));
        history.record(stamp("new", "seg-a", T0.plusSeconds(120), 1.0, 1.0, 0.1, 0.0));
        history.record(failed("broken-later", "seg-a", T0.plusSeconds(900), "timeout"));
        history.record(stamp("other-service", "seg-b", T0.plusSeconds(3000), 1.0, 1.0, 0.1, 0.0));
        history.record(stamp("late-old-event", "seg-a", T0.minusSeconds(3600), 1.0, 1.0, 0.1, 0.0));

        // "new" ended at T0+122 s: a minute before it is (T0+62 s, T0+122 s], which leaves out "mid" (ended at T0+62 s)
        assertThat(history.completedInWindow("svc-seg-a", Duration.ofSeconds(60))).extracting(Measurement::runId)
                .containsExactly("new", "no-end");
        assertThat(history.completedInWindow("svc-seg-a", Duration.ofSeconds(61))).extracting(Measurement::runId)
                .containsExactly("new", "no-end", "mid");
        assertThat(history.completedInWindow("svc-seg-a", Duration.ofDays(1))).extracting(Measurement::runId)
                .containsExactly("new", "no-end", "mid", "old", "late-old-event");
        assertThat(history.completedInWindow("svc-none", Duration.ofDays(1))).isEmpty();
    }

    static Measurement stamp(String runId, String segment, Instant startedAt, double rttMean, double rttP95,
            double jitter, double loss) {
        var figures = new Figures(rttMean, rttMean, rttMean, rttP95, rttP95, jitter, loss, null, 100, 100);
        return new Measurement(runId, "as-1", "agent-1", segment, "svc-" + segment, "stamp", startedAt,
                startedAt.plusSeconds(2), figures, null);
    }

    static Measurement throughput(String runId, String segment, Instant startedAt, double bitsPerSecond) {
        var figures = new Figures(null, null, null, null, null, null, null, bitsPerSecond, null, null);
        return new Measurement(runId, "as-2", "agent-1", segment, "svc-" + segment, "throughput", startedAt,
                startedAt.plusSeconds(10), figures, null);
    }

    static Measurement failed(String runId, String segment, Instant startedAt, String reason) {
        return new Measurement(runId, "as-1", "agent-1", segment, "svc-" + segment, "stamp", startedAt, null,
                Figures.NONE, reason);
    }

    private static JdbcMeasurements emptyHistory(DataSource dataSource) {
        ProbesModule.migrations(dataSource).migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM probes.measurement").update();
        return new JdbcMeasurements(jdbc);
    }
}
