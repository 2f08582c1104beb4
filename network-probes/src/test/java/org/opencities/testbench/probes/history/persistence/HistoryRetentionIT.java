package org.opencities.testbench.probes.history.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.probes.ProbesModule;
import org.opencities.testbench.probes.TestDatabases;
import org.opencities.testbench.probes.history.HistoryRetention;
import org.opencities.testbench.probes.history.HistoryRetention.Sweep;
import org.opencities.testbench.probes.history.Measurement;
import org.opencities.testbench.probes.history.MeasurementQuery;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pruning the history in bounded sweeps on H2 (PostgreSQL mode) and on a real PostgreSQL. */
class HistoryRetentionIT {

    private static final Instant NOW = Instant.parse("2027-06-01T12:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(90);

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2()), Arguments.of("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletesOldRunsInBoundedBatchesAndKeepsTheRecentOnesQueryable(String name, DataSource dataSource) {
        var history = emptyHistory(dataSource);
        Instant cutoff = NOW.minus(RETENTION);
        for (int i = 0; i < 25; i++) {
            history.record(JdbcMeasurementsIT.stamp("old-" + i, "seg-a", cutoff.minusSeconds(60L * (i + 1)), 1.0, 1.0, 0.1, 0.0));
        }
        history.record(JdbcMeasurementsIT.stamp("at-cutoff", "seg-a", cutoff, 1.0, 1.0, 0.1, 0.0));
        for (int i = 0; i < 5; i++) {
            history.record(JdbcMeasurementsIT.stamp("recent-" + i, "seg-a", NOW.minusSeconds(60L * (5 - i)), 1.0, 9.0, 0.1, 0.0));
        }
        var retention = new HistoryRetention(history::deleteStartedBefore, RETENTION, 10, 2, Duration.ofSeconds(10),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(retention.sweep()).isEqualTo(new Sweep(cutoff, 20, 2, false));
        assertThat(retention.sweep()).isEqualTo(new Sweep(cutoff, 5, 1, true));
        assertThat(retention.sweep()).isEqualTo(new Sweep(cutoff, 0, 1, true));

        var everything = new MeasurementQuery("seg-a", null, null, NOW.minus(Duration.ofDays(366)), NOW);
        assertThat(history.count(everything)).as("the run at the cutoff and the recent ones are kept").isEqualTo(6);
        assertThat(history.page(everything, 0, 1)).extracting(Measurement::runId).containsExactly("at-cutoff");
        var lastHour = new MeasurementQuery("seg-a", null, null, NOW.minus(Duration.ofHours(1)), NOW);
        assertThat(history.buckets(lastHour, Duration.ofMinutes(15))).singleElement().satisfies(bucket -> {
            assertThat(bucket.runs()).isEqualTo(5);
            assertThat(bucket.rttMs().p95()).isEqualTo(9.0);
        });
        assertThat(history.completedInWindow("svc-seg-a", Duration.ofMinutes(15))).hasSize(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void startsNoBatchOnceTheSweepsTimeIsUp(String name, DataSource dataSource) {
        var history = emptyHistory(dataSource);
        for (int i = 0; i < 5; i++) {
            history.record(JdbcMeasurementsIT.stamp("old-" + i, "seg-a", NOW.minus(RETENTION).minusSeconds(60L * (i + 1)),
                    1.0, 1.0, 0.1, 0.0));
        }
        var slowClock = new SteppingClock(NOW, Duration.ofSeconds(6));
        var retention = new HistoryRetention(history::deleteStartedBefore, RETENTION, 2, 100, Duration.ofSeconds(10), slowClock);

        var sweep = retention.sweep();

        assertThat(sweep.batches()).as("6 s after the start a batch begins, 12 s after none").isEqualTo(1);
        assertThat(sweep.deleted()).isEqualTo(2);
        assertThat(sweep.complete()).isFalse();
    }

    private static JdbcMeasurements emptyHistory(DataSource dataSource) {
        ProbesModule.migrations(dataSource).migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM probes.measurement").update();
        return new JdbcMeasurements(jdbc);
    }

    /** A clock that moves on by a step each time it is read, as if every batch took that long. */
    private static final class SteppingClock extends Clock {

        private Instant now;
        private final Duration step;

        SteppingClock(Instant start, Duration step) {
            this.now = start.minus(step);
            this.step = step;
        }

        @Override
        public Instant instant() {
            now = now.plus(step);
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("the test clock stays in UTC");
        }
    }
}
