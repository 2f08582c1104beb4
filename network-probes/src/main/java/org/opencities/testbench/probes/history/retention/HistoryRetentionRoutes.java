package org.opencities.testbench.probes.history.retention;

import java.time.Clock;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.opencities.testbench.probes.ProbesProperties;
import org.opencities.testbench.probes.history.HistoryRetention;
import org.opencities.testbench.probes.history.Measurements;
import org.opencities.testbench.probes.metrics.ProbeMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sweeps the history every {@code testbench.probes.history.prune-every} (first a minute after the
 * start): runs that started more than {@code retention} ago are deleted in bounded batches, counted
 * in {@code testbench_probe_history_pruned_runs_total} and logged. Replicas may sweep at the same
 * time without a lease: deleting what another replica deleted already deletes nothing.
 */
@Component
class HistoryRetentionRoutes extends RouteBuilder {

    private static final Logger log = LoggerFactory.getLogger(HistoryRetentionRoutes.class);
    private static final long FIRST_SWEEP_DELAY_MILLIS = 60_000;

    private final HistoryRetention retention;
    private final ProbesProperties.History settings;
    private final ProbeMetrics metrics;

    HistoryRetentionRoutes(Measurements history, ProbesProperties properties, ProbeMetrics metrics) {
        this.settings = properties.history();
        this.retention = new HistoryRetention(history, settings.retention(), settings.pruneBatch(),
                settings.pruneBatches(), settings.pruneTime(), Clock.systemUTC());
        this.metrics = metrics;
    }

    @Override
    public void configure() {
        fromF("timer:prune-history?delay=%d&period=%d", FIRST_SWEEP_DELAY_MILLIS, settings.pruneEvery().toMillis())
                .routeId("prune-history")
                .routeGroup("probes")
                .process(this::sweep).id("delete-old-runs");
    }

    /** One sweep; also what the route runs. */
    HistoryRetention.Sweep sweep() {
        var sweep = retention.sweep();
        metrics.pruned(sweep.deleted());
        if (sweep.deleted() > 0 || !sweep.complete()) {
            log.info("Pruned {} measurement runs that started before {} ({} retention) in {} batches{}", sweep.deleted(),
                    sweep.cutoff(), settings.retention(), sweep.batches(),
                    sweep.complete() ? "" : "; more are left for the next sweep");
        }
        return sweep;
    }

    private void sweep(Exchange exchange) {
        exchange.getIn().setBody(sweep());
    }
}
