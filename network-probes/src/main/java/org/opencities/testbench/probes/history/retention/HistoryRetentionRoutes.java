package org.opencities.testbench.probes.history.retention;

import java.time.Clock;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.opencities.testbench.probes.ProbesProperties;
import org.opencities.testbench.probes.history.HistoryRetention;
import org.opencities.testbench.probes.history.HistoryRetention.OldRuns;
import org.opencities.testbench.probes.history.Measurements;
import org.opencities.testbench.probes.metrics.ProbeMetrics;
import org.opencities.testbench.probes.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sweeps every {@code testbench.probes.history.prune-every} (first a minute after the start): the
 * history's runs that started more than {@code retention} ago, and the agents' ended runs whose slot
 * is that old, are deleted in bounded batches, counted in
 * {@code testbench_probe_history_pruned_runs_total{store}} and logged. Replicas may sweep at the same
 * time without a lease: deleting what another replica deleted already deletes nothing.
 */
@Component
class HistoryRetentionRoutes extends RouteBuilder {

    private static final Logger log = LoggerFactory.getLogger(HistoryRetentionRoutes.class);
    private static final long FIRST_SWEEP_DELAY_MILLIS = 60_000;

    private final Map<String, HistoryRetention> stores;
    private final ProbesProperties.History settings;
    private final ProbeMetrics metrics;

    HistoryRetentionRoutes(Measurements history, Schedules schedules, ProbesProperties properties,
            ProbeMetrics metrics) {
        this.settings = properties.history();
        this.stores = Map.of("history", retention(history::deleteStartedBefore), "schedule",
                retention(schedules::deleteEndedRunsBefore));
        this.metrics = metrics;
    }

    private HistoryRetention retention(OldRuns oldRuns) {
        return new HistoryRetention(oldRuns, settings.retention(), settings.pruneBatch(), settings.pruneBatches(),
                settings.pruneTime(), Clock.systemUTC());
    }

    @Override
    public void configure() {
        fromF("timer:prune-history?delay=%d&period=%d", FIRST_SWEEP_DELAY_MILLIS, settings.pruneEvery().toMillis())
                .routeId("prune-history")
                .routeGroup("probes")
                .process(this::sweep).id("delete-old-runs");
    }

    private void sweep(Exchange exchange) {
        stores.forEach((store, retention) -> {
            var sweep = retention.sweep();
            metrics.pruned(store, sweep.deleted());
            if (sweep.deleted() > 0 || !sweep.complete()) {
                log.info("Pruned {} runs from the {} that are older than {} ({} retention) in {} batches{}", sweep.deleted(),
                        store, sweep.cutoff(), settings.retention(), sweep.batches(),
                        sweep.complete() ? "" : "; more are left for the next sweep");
            }
        });
    }
}
