package org.opencities.testbench.probes.metrics;

import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;
import io.prometheus.client.Histogram;
import org.opencities.testbench.probes.history.Measurement;

/**
 * The probes' metrics in simpleclient's default registry, which the process serves on
 * {@code /metrics}. They are registered once per JVM (the registry is per JVM too), so a second
 * application context in the same JVM adds to the same series instead of failing to register.
 * Free of Spring: {@code ProbesModule} makes it a bean.
 */
public class ProbeMetrics {

    private static final double[] SECONDS = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
            0.25, 0.5, 1};

    private static final Histogram RTT = Histogram.build("testbench_probe_rtt_seconds",
                    "Mean round-trip time of each completed STAMP run, by segment")
            .labelNames("segment").buckets(SECONDS).register();
    private static final Histogram JITTER = Histogram.build("testbench_probe_jitter_seconds",
                    "RFC 3550 jitter of each completed STAMP run, by segment")
            .labelNames("segment").buckets(SECONDS).register();
    private static final Gauge LOSS = Gauge.build("testbench_probe_loss_ratio",
            "Share of test packets lost in the latest completed STAMP run, by segment").labelNames("segment").register();
    private static final Gauge THROUGHPUT = Gauge.build("testbench_probe_throughput_bits_per_second",
            "Goodput of the latest completed throughput run, by segment").labelNames("segment").register();
    private static final Counter RUNS = Counter.build("testbench_probe_runs_total",
            "Measurement runs recorded in the history, failed ones included, by segment and tool")
            .labelNames("segment", "tool").register();
    private static final Counter FAILED_RUNS = Counter.build("testbench_probe_failed_runs_total",
            "Measurement runs that ended in a failure, by segment and tool").labelNames("segment", "tool").register();
    private static final Counter SLA_VIOLATIONS = Counter.build("testbench_sla_violations_total",
            "Quality alarms raised because a service's results breached its acceptance criteria, by segment and indicator")
            .labelNames("segment", "indicator").register();
    private static final Counter PRUNED_RUNS = Counter.build("testbench_probe_history_pruned_runs_total",
            "Runs deleted because they were older than the retention, by store: history (measurements) or schedule "
                    + "(the agents' ended runs)").labelNames("store").register();

    /** Counts runs the retention deleted from a store ({@code history} or {@code schedule}). */
    public void pruned(String store, long runs) {
        PRUNED_RUNS.labels(store).inc(runs);
    }

    /** Counts a run newly recorded in the history and observes its figures. */
    public void recorded(Measurement run) {
        String segment = run.segmentId();
        RUNS.labels(segment, run.tool()).inc();
        if (run.failed()) {
            FAILED_RUNS.labels(segment, run.tool()).inc();
            return;
        }
        var figures = run.figures();
        if (figures.rttMeanMs() != null) {
            RTT.labels(segment).observe(figures.rttMeanMs() / 1_000);
        }
        if (figures.jitterMs() != null) {
            JITTER.labels(segment).observe(figures.jitterMs() / 1_000);
        }
        if (figures.lossRatio() != null) {
            LOSS.labels(segment).set(figures.lossRatio());
        }
        if (figures.throughputBitsPerSecond() != null) {
            THROUGHPUT.labels(segment).set(figures.throughputBitsPerSecond());
        }
    }

    /** Counts a quality alarm raised on a service of the segment. */
    public void violated(String segment, String indicatorName) {
        SLA_VIOLATIONS.labels(segment, indicatorName).inc();
    }
}
