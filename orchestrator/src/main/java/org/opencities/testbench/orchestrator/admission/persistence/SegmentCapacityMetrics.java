package org.opencities.testbench.orchestrator.admission.persistence;

import java.util.List;

import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.GaugeMetricFamily;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code testbench_segment_capacity_kbps} (usable capacity) and
 * {@code testbench_segment_committed_kbps} (committed sums, {@code kind} guaranteed or maximum)
 * per segment and direction, read from the database at scrape time. A scrape reads at most
 * {@value #MAX_SEGMENTS} segments, so that a large inventory cannot stall it.
 */
@Component
class SegmentCapacityMetrics extends Collector implements Collector.Describable, DisposableBean {

    static final int MAX_SEGMENTS = 20_000;
    private static final List<String> LABELS = List.of("city", "olt", "segment", "technology", "direction");
    private static final List<String> COMMITTED_LABELS = List.of("city", "olt", "segment", "technology", "direction", "kind");

    private final JdbcClient jdbc;

    SegmentCapacityMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
        CollectorRegistry.defaultRegistry.register(this);
    }

    /** The names, so that registering does not query a database whose schema may not be migrated yet. */
    @Override
    public List<MetricFamilySamples> describe() {
        return List.of(new GaugeMetricFamily("testbench_segment_capacity_kbps", "", LABELS),
                new GaugeMetricFamily("testbench_segment_committed_kbps", "", COMMITTED_LABELS));
    }

    @Override
    public List<MetricFamilySamples> collect() {
        var capacity = new GaugeMetricFamily("testbench_segment_capacity_kbps",
                "Usable capacity of a PON segment per direction, in kbit/s", LABELS);
        var committed = new GaugeMetricFamily("testbench_segment_committed_kbps",
                "Guaranteed and maximum rates committed on a PON segment per direction, in kbit/s", COMMITTED_LABELS);
        jdbc.sql("""
                SELECT id, city, olt, technology, usable_down_kbps, usable_up_kbps,
                       committed_down_guaranteed_kbps, committed_down_maximum_kbps,
                       committed_up_guaranteed_kbps, committed_up_maximum_kbps
                  FROM orchestrator.segment ORDER BY city, id FETCH FIRST %d ROWS ONLY""".formatted(MAX_SEGMENTS))
                .query(rs -> {
                    String city = rs.getString("city");
                    String olt = rs.getString("olt");
                    String segment = rs.getString("id");
                    String technology = rs.getString("technology");
                    for (String direction : List.of("down", "up")) {
                        String label = direction + "stream";
                        capacity.addMetric(List.of(city, olt, segment, technology, label), rs.getLong("usable_" + direction + "_kbps"));
                        committed.addMetric(List.of(city, olt, segment, technology, label, "guaranteed"),
                                rs.getLong("committed_" + direction + "_guaranteed_kbps"));
                        committed.addMetric(List.of(city, olt, segment, technology, label, "maximum"),
                                rs.getLong("committed_" + direction + "_maximum_kbps"));
                    }
                });
        return List.of(capacity, committed);
    }

    @Override
    public void destroy() {
        CollectorRegistry.defaultRegistry.unregister(this);
    }
}
