package org.opencities.testbench.probes.tool.iperf3;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.probes.result.ErrorEstimate;
import org.opencities.testbench.probes.result.FailureCode;
import org.opencities.testbench.probes.result.LatencyStatistics;
import org.opencities.testbench.probes.result.MeasurementFailure;
import org.opencities.testbench.probes.result.StampResult;

class BufferDelayProbeTests {

    private static final ErrorEstimate ESTIMATE = new ErrorEstimate(false, false, 15, 132);

    @Test
    void comparesTheMeanRttDuringTheTransferWithTheIdleOne() {
        var outcome = BufferDelayProbe.Outcome.of(session(50, 2.0), session(300, 5.0));

        assertThat(outcome.baselineMillis()).isEqualTo(2.0);
        assertThat(outcome.loadedMillis()).isEqualTo(5.0);
        assertThat(outcome.percent()).isEqualTo(150.0);
        assertThat(outcome.note()).contains("2.000 ms idle", "5.000 ms during the transfer");
    }

    @Test
    void givesNoFigureAndSaysWhyWhenASessionFailed() {
        var refused = new MeasurementFailure("stamp", "10.0.0.2:862", Instant.now(), FailureCode.REFUSED,
                "ICMP port unreachable");

        var idleFailed = BufferDelayProbe.Outcome.of(refused, null);
        var loadedMissing = BufferDelayProbe.Outcome.of(session(50, 2.0), null);

        assertThat(idleFailed.percent()).isNull();
        assertThat(idleFailed.baselineMillis()).isNull();
        assertThat(idleFailed.note()).contains("idle-path", "REFUSED", "ICMP port unreachable");
        assertThat(loadedMissing.percent()).isNull();
        assertThat(loadedMissing.note()).contains("during the transfer", "no result in time");
    }

    private static StampResult session(int packets, double meanMillis) {
        return new StampResult("stamp", "10.0.0.2:862", Instant.now(), packets, packets, 0, 0, 0, 0, 0,
                new LatencyStatistics(meanMillis / 2, meanMillis, meanMillis, meanMillis * 2, meanMillis * 3), 0.1,
                ESTIMATE, ESTIMATE);
    }
}
