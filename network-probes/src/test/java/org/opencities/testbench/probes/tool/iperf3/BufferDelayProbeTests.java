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
    void comparesTheMeanRttDuringTheTransferWithTheMedianOnTheIdlePath() {
        var outcome = BufferDelayProbe.Outcome.of(session(50, 2.0), session(300, 4.0));

        assertThat(outcome.baselineMillis()).isEqualTo(2.0);
        assertThat(outcome.loadedMillis()).isEqualTo(6.0);
        assertThat(outcome.percent()).isEqualTo(200.0);
        assertThat(outcome.note()).contains("median RTT 2.000 ms idle", "mean 6.000 ms during the transfer");
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

    /** A session whose median RTT is {@code middleMillis} and mean 1.5 times that. */
    private static StampResult session(int packets, double middleMillis) {
        return new StampResult("stamp", "10.0.0.2:862", Instant.now(), packets, packets, 0, 0, 0, 0, 0,
                new LatencyStatistics(middleMillis / 2, middleMillis * 1.5, middleMillis, middleMillis * 2,
                        middleMillis * 3), 0.1,
                ESTIMATE, ESTIMATE);
    }
}
