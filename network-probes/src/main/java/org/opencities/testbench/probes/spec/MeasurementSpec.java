package org.opencities.testbench.probes.spec;

import java.time.Duration;

/** What to measure, independent of when it runs and where its result goes. */
public sealed interface MeasurementSpec permits StampSpec, ThroughputSpec, HttpTimingSpec {

    /** The tool family that measures this spec, as it appears in results ({@code stamp}, ...). */
    String tool();

    /** What is measured, as {@code host:port} or a URL; results carry it as their target. */
    String address();

    /** The longest this run may take, including connection set-up and waiting for late replies. */
    Duration bound();
}
