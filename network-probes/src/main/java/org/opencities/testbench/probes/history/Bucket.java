package org.opencities.testbench.probes.history;

import java.time.Instant;

/**
 * The runs that started in {@code [start, start + step)}, summarised. RTT takes the minimum of the
 * runs' minima, the mean of their means, the maximum of their maxima and the 95th percentile of
 * their p95 values; jitter, loss ratio and throughput are summarised over the runs' values.
 *
 * @param runs runs that started in the bucket, failed ones included
 * @param failedRuns runs that ended in a failure (they have no figures)
 */
public record Bucket(Instant start, long runs, long failedRuns, Statistics rttMs, Statistics jitterMs,
        Statistics lossRatio, Statistics throughputBitsPerSecond) {
}
