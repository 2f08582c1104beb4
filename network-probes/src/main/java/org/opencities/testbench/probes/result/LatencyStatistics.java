package org.opencities.testbench.probes.result;

import java.util.Arrays;
import java.util.List;

/** Summary of round-trip times in milliseconds; p95 and median by the nearest-rank method. */
public record LatencyStatistics(double minMillis, double meanMillis, double medianMillis, double p95Millis,
        double maxMillis) {

    /** Summarises at least one sample given in nanoseconds. */
    public static LatencyStatistics ofNanos(List<Long> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("latency statistics need at least one sample");
        }
        long[] sorted = samples.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElseThrow();
        return new LatencyStatistics(millis(sorted[0]), mean / 1e6, millis(rank(sorted, 0.5)), millis(rank(sorted, 0.95)),
                millis(sorted[sorted.length - 1]));
    }

    private static long rank(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
