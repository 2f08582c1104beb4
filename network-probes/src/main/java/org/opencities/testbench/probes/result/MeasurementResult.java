package org.opencities.testbench.probes.result;

import java.time.Instant;

/** The outcome of one run: figures, or a failure that says why there are none. Never absent. */
public sealed interface MeasurementResult permits StampResult, ThroughputResult, HttpTimingResult, MeasurementFailure {

    /** The tool family that ran ({@code stamp}, {@code throughput}, {@code http}). */
    String tool();

    /** What was measured, as {@code host:port} or a URL. */
    String target();

    /** Wall-clock start of the run. */
    Instant startedAt();

    /** Whether this run produced figures. */
    default boolean succeeded() {
        return !(this instanceof MeasurementFailure);
    }
}
