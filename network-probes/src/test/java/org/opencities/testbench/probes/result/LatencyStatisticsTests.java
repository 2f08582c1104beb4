package org.opencities.testbench.probes.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyStatisticsTests {

    @Test
    void summarisesByNearestRank() {
        var samples = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).boxed().toList();

        var statistics = LatencyStatistics.ofNanos(samples);

        assertThat(statistics).isEqualTo(new LatencyStatistics(1, 50.5, 50, 95, 100));
    }

    @Test
    void summarisesOneSample() {
        assertThat(LatencyStatistics.ofNanos(List.of(250_000L))).isEqualTo(
                new LatencyStatistics(0.25, 0.25, 0.25, 0.25, 0.25));
    }
}
