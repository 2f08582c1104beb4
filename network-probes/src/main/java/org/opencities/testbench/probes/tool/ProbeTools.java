package org.opencities.testbench.probes.tool;

import java.time.Instant;
import org.opencities.testbench.probes.result.MeasurementResult;
import org.opencities.testbench.probes.spec.HttpTimingSpec;
import org.opencities.testbench.probes.spec.MeasurementSpec;
import org.opencities.testbench.probes.spec.StampSpec;
import org.opencities.testbench.probes.spec.ThroughputSpec;

/** Hands any spec to the tool of its family; the one place that knows which tool measures what. */
public final class ProbeTools {

    private final MeasurementTool<StampSpec> stamp;
    private final MeasurementTool<ThroughputSpec> throughput;
    private final MeasurementTool<HttpTimingSpec> http;

    public ProbeTools(MeasurementTool<StampSpec> stamp, MeasurementTool<ThroughputSpec> throughput,
            MeasurementTool<HttpTimingSpec> http) {
        this.stamp = stamp;
        this.throughput = throughput;
        this.http = http;
    }

    /** Runs {@code spec} once; a tool that breaks its contract still yields a failure result. */
    public MeasurementResult measure(MeasurementSpec spec) {
        try {
            if (spec instanceof StampSpec stampSpec) {
                return stamp.measure(stampSpec);
            }
            if (spec instanceof ThroughputSpec throughputSpec) {
                return throughput.measure(throughputSpec);
            }
            return http.measure((HttpTimingSpec) spec);
        } catch (RuntimeException e) {
            return Failures.of(spec, Instant.now(), Failures.codeOf(e),
                    "the " + spec.tool() + " tool failed unexpectedly: " + e);
        }
    }
}
