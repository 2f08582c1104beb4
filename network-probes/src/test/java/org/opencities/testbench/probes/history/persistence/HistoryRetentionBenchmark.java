package org.opencities.testbench.probes.history.persistence;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import javax.sql.DataSource;

import org.opencities.testbench.probes.ProbesModule;
import org.opencities.testbench.probes.TestDatabases;
import org.opencities.testbench.probes.history.HistoryRetention;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a test: 28 days of one run a minute on each of two segments (80,640 runs), of which
 * the oldest 14 days (40,320 runs) are past a 14-day retention; then sweeps with the default bounds
 * (batches of 1,000, at most 100 per sweep, 10 s) until nothing is left, in H2 and in the embedded
 * PostgreSQL. Prints per database the runs deleted, batches (= DELETE statements and commits),
 * wall-clock time per batch and this thread's CPU time. Run it with
 * {@code java -cp network-probes/target/test-classes:network-probes/target/classes:$(cat /tmp/probes-cp.txt)
 * org.opencities.testbench.probes.history.persistence.HistoryRetentionBenchmark}.
 */
public final class HistoryRetentionBenchmark {

    static final Instant START = Instant.parse("2027-01-01T00:00:00Z");
    static final int MINUTES = 28 * 24 * 60;
    static final Duration RETENTION = Duration.ofDays(14);

    private HistoryRetentionBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        run("H2", TestDatabases.h2());
        run("PostgreSQL", TestDatabases.postgres());
        System.exit(0);
    }

    private static void run(String name, DataSource dataSource) throws SQLException {
        ProbesModule.migrations(dataSource).migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM probes.measurement").update();
        insert(dataSource);
        var history = new JdbcMeasurements(jdbc);
        var now = START.plus(Duration.ofMinutes(MINUTES));
        var retention = new HistoryRetention(history::deleteStartedBefore, RETENTION, 1_000, 100, Duration.ofSeconds(10),
                Clock.fixed(now, ZoneOffset.UTC));
        var threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        long deleted = 0;
        int batches = 0;
        int sweeps = 0;
        HistoryRetention.Sweep sweep;
        do {
            sweep = retention.sweep();
            deleted += sweep.deleted();
            batches += sweep.batches();
            sweeps++;
        } while (!sweep.complete());
        double wallMillis = (System.nanoTime() - wallStart) / 1e6;
        double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        long left = jdbc.sql("SELECT COUNT(*) FROM probes.measurement").query(Long.class).single();
        System.out.printf(Locale.ROOT, "%s: deleted %d of %d runs in %d sweeps, %d batches (DELETE statements, one commit "
                        + "each): %.0f ms wall (%.1f ms per batch), %.0f ms CPU of this thread; %d runs left%n", name, deleted,
                2L * MINUTES, sweeps, batches, wallMillis, wallMillis / batches, cpuMillis, left);
    }

    private static void insert(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var insert = connection.prepareStatement("""
                        INSERT INTO probes.measurement (run_id, segment_id, service_id, tool, started_at, started_ms, ended_at,
                            ended_ms, rtt_p95_ms) VALUES (?, ?, ?, 'stamp', ?, ?, ?, ?, 1.0)""")) {
            connection.setAutoCommit(false);
            for (String segment : new String[] {"bench-seg-1", "bench-seg-2"}) {
                for (int i = 0; i < MINUTES; i++) {
                    var startedAt = START.plusSeconds(60L * i);
                    insert.setString(1, segment + "-" + i);
                    insert.setString(2, segment);
                    insert.setString(3, "svc-" + segment);
                    insert.setObject(4, startedAt.atOffset(ZoneOffset.UTC));
                    insert.setLong(5, startedAt.toEpochMilli());
                    insert.setObject(6, startedAt.plusSeconds(2).atOffset(ZoneOffset.UTC));
                    insert.setLong(7, startedAt.plusSeconds(2).toEpochMilli());
                    insert.addBatch();
                    if (i % 1_000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }
}
