package org.opencities.testbench.probes.cli;

import java.io.PrintWriter;
import java.time.Instant;
import org.opencities.testbench.probes.result.FailureCode;
import org.opencities.testbench.probes.result.MeasurementFailure;
import org.opencities.testbench.probes.result.MeasurementResult;
import org.opencities.testbench.probes.spec.MeasurementSpec;
import org.opencities.testbench.probes.tool.ProbeTools;
import org.opencities.testbench.probes.tool.http.HttpTimer;
import org.opencities.testbench.probes.tool.iperf3.IperfClient;
import org.opencities.testbench.probes.tool.stamp.StampSender;

/** Builds a spec from the options, runs it once and prints the result as one JSON line. */
final class MeasureOnce {

    private static final ProbeTools TOOLS = new ProbeTools(new StampSender(), new IperfClient(), new HttpTimer());

    /** A spec the options describe, or the reason they describe none. */
    interface SpecFromOptions {
        MeasurementSpec build();
    }

    private MeasureOnce() {
    }

    static int run(String tool, String target, SpecFromOptions options, PrintWriter out) {
        MeasurementResult result;
        try {
            result = TOOLS.measure(options.build());
        } catch (IllegalArgumentException e) {
            result = new MeasurementFailure(tool, target, Instant.now(), FailureCode.INVALID_SPEC, e.getMessage());
        }
        out.println(ResultJson.write(result));
        out.flush();
        return result.succeeded() ? ProbeCommand.MEASURED : ProbeCommand.FAILED;
    }
}
