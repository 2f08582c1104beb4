package org.opencities.testbench.probes.history.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntSupplier;

import javax.sql.DataSource;

import org.opencities.testbench.probes.ProbesModule;
import org.opencities.testbench.probes.TestDatabases;
import org.opencities.testbench.probes.history.Downsampling;
import org.opencities.testbench.probes.history.Figures;
import org.opencities.testbench.probes.history.Measurement;
import org.opencities.testbench.probes.history.MeasurementQuery;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a test: 14 days of one STAMP run a minute on one segment (20,160 runs) plus the
 * same on a second segment, in H2 and in the embedded PostgreSQL; then the history's queries as
 * the API runs them — the whole range downsampled with the automatic step, and one page of 100
 * runs of a 6-hour range — each 30 times after 5 warm-up runs. Prints the insert rate and
 * p50/max of each query. Run it with
 * {@code ./mvnw -o -q -pl network-probes test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * "-Dexec.args=-cp %classpath org.opencities.testbench.probes.history.persistence.HistoryQueryBenchmark"}.
 */
public final class HistoryQueryBenchmark {

    static final Instant START = Instant.parse("2027-01-01T00:00:00Z");
    static final int RUNS_PER_SEGMENT = 14 * 24 * 60;

    private HistoryQueryBenchmark() {
    }

    public static void main(String[] args) {
        run("H2", TestDatabases.h2());
        run("PostgreSQL", TestDatabases.postgres());
        System.exit(0);
    }

    private static void run(String name, DataSource dataSource) {
        ProbesModule.migrations(dataSource).migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM probes.measurement").update();
        var history = new JdbcMeasurements(jdbc);
        long insertStart = System.nanoTime();
        for (String segment : new String[] {"bench-seg-1", "bench-seg-2"}) {
            for (int i = 0; i < RUNS_PER_SEGMENT; i++) {
                var startedAt = START.plusSeconds(60L * i);
                double rtt = 0.5 + (i % 97) / 100.0;
                history.record(new Measurement(segment + "-" + i, "as-1", "agent-1", segment, "svc-" + segment, "stamp",
                        startedAt, startedAt.plusSeconds(2), new Figures(rtt / 2, rtt, rtt, rtt * 1.5, rtt * 2, 0.1, 0.0,
                                null, 100, 100), null));
            }
        }
        double insertSeconds = (System.nanoTime() - insertStart) / 1e9;
        var wholeRange = new MeasurementQuery("bench-seg-1", null, null, START, START.plus(Duration.ofDays(14)));
        var step = Downsampling.step(wholeRange, null).orElseThrow();
        var sixHours = new MeasurementQuery("bench-seg-1", null, null, START.plus(Duration.ofDays(7)),
                START.plus(Duration.ofDays(7)).plus(Duration.ofHours(6)));
        double[] buckets = time(() -> history.buckets(wholeRange, step).size());
        double[] page = time(() -> history.page(sixHours, 0, 100).size() + (int) history.count(sixHours));
        System.out.printf(Locale.ROOT, "%s: inserted %d runs in %.1f s (%.0f runs/s)%n", name, 2 * RUNS_PER_SEGMENT,
                insertSeconds, 2 * RUNS_PER_SEGMENT / insertSeconds);
        System.out.printf(Locale.ROOT, "%s: 14 days in %s buckets (%d): p50 %.1f ms, max %.1f ms%n", name, step,
                history.buckets(wholeRange, step).size(), buckets[buckets.length / 2], buckets[buckets.length - 1]);
        System.out.printf(Locale.ROOT, "%s: 6 h page of 100 runs + count: p50 %.1f ms, max %.1f ms%n", name,
                page[page.length / 2], page[page.length - 1]);
    }

    private static double[] time(IntSupplier query) {
        for (int i = 0; i < 5; i++) {
            query.getAsInt();
        }
        double[] millis = new double[30];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            query.getAsInt();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }
}
