package org.opencities.testbench.probes.sla;

import java.time.Duration;

/**
 * An indicator above its limit over a window of results.
 *
 * @param window the configured time span of the evaluated window
 */
public record Breach(Indicator indicator, double observed, double threshold, Duration window) {
}
