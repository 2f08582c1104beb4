package org.opencities.testbench.probes.tool.iperf3;

import java.time.Duration;

/**
 * What our iperf3 server accepts: tests up to {@code maxTime} (omitted seconds included) with up to
 * {@code maxParallel} streams, up to {@code maxQueued} clients waiting their turn, and
 * {@code setupTimeout} for each protocol step outside the data phase.
 */
public record IperfServerLimits(Duration maxTime, int maxParallel, int maxQueued, Duration setupTimeout) {

    public IperfServerLimits {
        if (maxTime.isNegative() || maxTime.isZero() || maxParallel < 1 || maxQueued < 0
                || setupTimeout.isNegative() || setupTimeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + maxTime + ", " + maxParallel + ", "
                    + maxQueued + ", " + setupTimeout);
        }
    }

    /** 60 s tests, 128 streams, 64 clients queued, 10 s per setup step. */
    public static IperfServerLimits defaults() {
        return new IperfServerLimits(Duration.ofSeconds(60), 128, 64, Duration.ofSeconds(10));
    }
}
