package org.opencities.testbench.probes.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErrorEstimateTests {

    @Test
    void computesMultiplierTimesTwoToTheScaleMinus32Seconds() {
        assertThat(new ErrorEstimate(false, false, 32, 1).seconds()).isEqualTo(1.0);
        assertThat(new ErrorEstimate(false, false, 0, 255).seconds()).isEqualTo(255 * 0x1p-32);
    }

    @Test
    void picksTheSmallestEstimateNotBelowTheError() {
        var estimate = ErrorEstimate.atLeast(Duration.ofMillis(1), true);

        assertThat(estimate.seconds()).isBetween(0.001, 0.001 * 1.01);
        assertThat(estimate.synchronised()).isTrue();
        assertThat(estimate.multiplier()).isBetween(128, 255);
    }

    @Test
    void travelsAsSZScaleAndMultiplierBits() {
        var estimate = new ErrorEstimate(true, true, 63, 255);

        assertThat(estimate.encode()).isEqualTo(0xffff);
        assertThat(ErrorEstimate.decode(0x8a05)).isEqualTo(new ErrorEstimate(true, false, 10, 5));
        assertThat(ErrorEstimate.decode(estimate.encode())).isEqualTo(estimate);
    }
}
