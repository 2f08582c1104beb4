package org.opencities.testbench.probes.sla;

import java.time.Duration;

/**
 * An indicator above its limit over a window of results.
 *
 * @param window the time the window's results cover, from the first start to the last end
 */
public record Breach(Indicator indicator, double observed, double threshold, Duration window) {
}
