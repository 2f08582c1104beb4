package org.opencities.testbench.orchestrator.platform;

import java.util.List;

import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.GaugeMetricFamily;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.info.BuildProperties;

/** {@code testbench_build_info}: always 1, labelled with the version and build time of this process. */
class BuildInfoMetric extends Collector implements DisposableBean {

    private final String version;
    private final String builtAt;

    BuildInfoMetric(BuildProperties build) {
        this.version = build == null ? "development" : build.getVersion();
        this.builtAt = build == null || build.getTime() == null ? "unknown" : build.getTime().toString();
        CollectorRegistry.defaultRegistry.register(this);
    }

    @Override
    public List<MetricFamilySamples> collect() {
        var info = new GaugeMetricFamily("testbench_build_info", "Version of the running test bench",
                List.of("version", "built_at"));
        info.addMetric(List.of(version, builtAt), 1);
        return List.of(info);
    }

    @Override
    public void destroy() {
        CollectorRegistry.defaultRegistry.unregister(this);
    }
}
