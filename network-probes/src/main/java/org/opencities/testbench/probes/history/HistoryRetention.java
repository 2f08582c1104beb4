package org.opencities.testbench.probes.history;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Deletes runs older than the retention from one store, in bounded sweeps: batches of at most
 * {@code batchSize} runs (each its own statement, so no transaction grows with the backlog), at most
 * {@code maxBatches} of them, and no new batch once {@code timeLimit} has passed. What a sweep leaves
 * is taken by the next one.
 */
public final class HistoryRetention {

    private final OldRuns oldRuns;
    private final Duration retention;
    private final int batchSize;
    private final int maxBatches;
    private final Duration timeLimit;
    private final Clock clock;

    public HistoryRetention(OldRuns oldRuns, Duration retention, int batchSize, int maxBatches, Duration timeLimit,
            Clock clock) {
        this.oldRuns = Objects.requireNonNull(oldRuns, "old runs");
        this.retention = positive(retention, "retention");
        this.timeLimit = positive(timeLimit, "time limit of a sweep");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1 || maxBatches < 1) {
            throw new IllegalArgumentException("a sweep needs at least one batch of at least one run, not "
                    + maxBatches + " of " + batchSize);
        }
        this.batchSize = batchSize;
        this.maxBatches = maxBatches;
    }

    /** Deletes the runs older than now minus the retention, within the bounds of one sweep. */
    public Sweep sweep() {
        Instant started = clock.instant();
        Instant cutoff = started.minus(retention);
        long deleted = 0;
        int batches = 0;
        while (batches < maxBatches && Duration.between(started, clock.instant()).compareTo(timeLimit) < 0) {
            int batch = oldRuns.deleteBefore(cutoff, batchSize);
            batches++;
            deleted += batch;
            if (batch < batchSize) {
                return new Sweep(cutoff, deleted, batches, true);
            }
        }
        return new Sweep(cutoff, deleted, batches, false);
    }

    private static Duration positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the " + name + " must be a positive duration, not " + duration);
        }
        return duration;
    }

    /**
     * A store of runs that can delete its oldest: the history ({@link Measurements#deleteStartedBefore})
     * or the agents' schedule.
     */
    @FunctionalInterface
    public interface OldRuns {

        /** Deletes up to {@code max} runs older than {@code cutoff}, oldest first; says how many it deleted. */
        int deleteBefore(Instant cutoff, int max);
    }

    /**
     * What one sweep did.
     *
     * @param cutoff runs older than this were due for deletion
     * @param complete whether no such run is left; false when the sweep stopped at its bounds
     */
    public record Sweep(Instant cutoff, long deleted, int batches, boolean complete) {
    }
}
