package org.opencities.testbench.orchestrator.provisioning.camel;

import java.util.ArrayList;
import java.util.List;

import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.GaugeMetricFamily;
import io.prometheus.client.Histogram;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSagas;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningStep;
import org.opencities.testbench.orchestrator.serviceinventory.Services;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The saga's metrics: step durations by outcome, retries and compensations as they happen, and
 * orders, services and sagas by state counted in the database at scrape time.
 */
@Component
class ProvisioningMetrics extends Collector implements Collector.Describable, DisposableBean {

    private final Histogram stepDuration = Histogram.build("testbench_provisioning_step_duration_seconds",
                    "Time a provisioning step took, by step and outcome (ok, failed)")
            .labelNames("step", "outcome")
            .buckets(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
            .create();
    private final Counter retries = Counter.build("testbench_provisioning_retries_total",
            "Steps tried again after a transient driver failure").labelNames("step").create();
    private final Counter compensations = Counter.build("testbench_provisioning_compensations_total",
            "Sagas that backed out after a failure").create();
    private final Histogram groupSize = Histogram.build("testbench_provisioning_group_commit_works",
                    "Works (orders stored, saga claims and steps, simulated OLT writes) that committed in one database transaction")
            .buckets(1, 2, 4, 8, 16, 32, 64, 128)
            .create();

    private final ServiceOrders orders;
    private final Services services;
    private final ProvisioningSagas sagas;

    ProvisioningMetrics(ServiceOrders orders, Services services, ProvisioningSagas sagas) {
        this.orders = orders;
        this.services = services;
        this.sagas = sagas;
        CollectorRegistry.defaultRegistry.register(stepDuration);
        CollectorRegistry.defaultRegistry.register(retries);
        CollectorRegistry.defaultRegistry.register(compensations);
        CollectorRegistry.defaultRegistry.register(groupSize);
        CollectorRegistry.defaultRegistry.register(this);
    }

    void stepTook(ProvisioningStep step, boolean ok, long nanos) {
        stepDuration.labels(step.label(), ok ? "ok" : "failed").observe(nanos / 1e9);
    }

    void retried(ProvisioningStep step) {
        retries.labels(step.label()).inc();
    }

    void compensated() {
        compensations.inc();
    }

    void groupCommitted(int works) {
        groupSize.observe(works);
    }

    /** The families without samples, so that registering does not query a database that may not be migrated yet. */
    @Override
    public List<MetricFamilySamples> describe() {
        return List.of(ordersByState(), servicesByState(), sagasByStatus());
    }

    @Override
    public List<MetricFamilySamples> collect() {
        var ordersByState = ordersByState();
        orders.countByState().forEach((state, count) -> ordersByState.addMetric(List.of(state.tmfName()), count));
        var byState = servicesByState();
        services.countByState().forEach((state, count) -> byState.addMetric(List.of(state.tmfName()), count));
        var byStatus = sagasByStatus();
        sagas.countByStatus().forEach((status, count) -> byStatus.addMetric(List.of(status.name().toLowerCase()), count));
        var families = new ArrayList<MetricFamilySamples>();
        families.add(ordersByState);
        families.add(byState);
        families.add(byStatus);
        return families;
    }

    private static GaugeMetricFamily ordersByState() {
        return new GaugeMetricFamily("testbench_orders", "Service orders by TMF641 state", List.of("state"));
    }

    private static GaugeMetricFamily servicesByState() {
        return new GaugeMetricFamily("testbench_services", "Services of the inventory by TMF638 state", List.of("state"));
    }

    private static GaugeMetricFamily sagasByStatus() {
        return new GaugeMetricFamily("testbench_provisioning_sagas", "Provisioning sagas by status", List.of("status"));
    }

    @Override
    public void destroy() {
        CollectorRegistry.defaultRegistry.unregister(this);
        CollectorRegistry.defaultRegistry.unregister(stepDuration);
        CollectorRegistry.defaultRegistry.unregister(retries);
        CollectorRegistry.defaultRegistry.unregister(compensations);
        CollectorRegistry.defaultRegistry.unregister(groupSize);
    }
}
