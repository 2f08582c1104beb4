package org.opencities.testbench.probes.history;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How wide the buckets of a downsampled query are: the step the caller asked for, or for a range
 * longer than {@link #RAW_LIMIT} without a step the smallest of a few round steps that keeps the
 * answer within {@link #MAX_BUCKETS} buckets.
 */
public final class Downsampling {

    /** Ranges up to this long are answered run by run unless a step is asked for. */
    public static final Duration RAW_LIMIT = Duration.ofHours(6);
    /** The most buckets one answer may hold. */
    public static final int MAX_BUCKETS = 2_000;
    private static final Duration SHORTEST_STEP = Duration.ofSeconds(1);
    private static final List<Duration> ROUND_STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1));

    private Downsampling() {
    }

    /** The step to answer with: empty for run by run, otherwise the bucket width. */
    public static Optional<Duration> step(MeasurementQuery query, Duration requested) {
        if (requested != null) {
            if (requested.compareTo(SHORTEST_STEP) < 0) {
                throw new InvalidMeasurementQuery("step", "must be at least PT1S");
            }
            if (buckets(query.range(), requested) > MAX_BUCKETS) {
                throw new InvalidMeasurementQuery("step", "gives more than " + MAX_BUCKETS
                        + " buckets for this range; choose at least " + smallestStep(query.range()));
            }
            return Optional.of(requested);
        }
        if (query.range().compareTo(RAW_LIMIT) <= 0) {
            return Optional.empty();
        }
        return Optional.of(ROUND_STEPS.stream()
                .filter(step -> buckets(query.range(), step) <= MAX_BUCKETS)
                .findFirst()
                .orElseGet(() -> smallestStep(query.range())));
    }

    private static long buckets(Duration range, Duration step) {
        return (range.toMillis() + step.toMillis() - 1) / step.toMillis();
    }

    private static Duration smallestStep(Duration range) {
        return Duration.ofSeconds((range.toSeconds() + MAX_BUCKETS - 1) / MAX_BUCKETS);
    }
}
