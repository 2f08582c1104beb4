package org.opencities.testbench.probes.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The stored measurement history. */
public interface Measurements {

    /** Stores the run unless a run with its id is stored already; true when it was new. */
    boolean record(Measurement measurement);

    /** Runs matching the query, oldest first, {@code limit} of them from {@code offset}. */
    List<Measurement> page(MeasurementQuery query, int offset, int limit);

    long count(MeasurementQuery query);

    /** The matching runs in buckets of {@code step} from the query's start, oldest first; empty buckets left out. */
    List<Bucket> buckets(MeasurementQuery query, Duration step);

    /** The most runs {@link #completedInWindow} returns, so that one evaluation stays bounded. */
    int MAX_WINDOW_RUNS = 10_000;

    /**
     * The completed runs of a service that ended within {@code window} before the end of its latest
     * completed run (a run without an end counts as ending when it started), newest end first, at most
     * {@link #MAX_WINDOW_RUNS}. The window follows the measured times, not the arrival of events, so a
     * late event about an old run does not make an old window look current.
     */
    List<Measurement> completedInWindow(String serviceId, Duration window);

    /**
     * Deletes the oldest runs that started before {@code cutoff}, {@code max} of them (more only by runs
     * that started in the same millisecond as the last of them); says how many it deleted.
     */
    int deleteStartedBefore(Instant cutoff, int max);
}
