package org.opencities.testbench.probes.history;

import java.time.Duration;
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

    /** The latest {@code count} completed runs of a service, newest first. */
    List<Measurement> latestCompleted(String serviceId, int count);
}
