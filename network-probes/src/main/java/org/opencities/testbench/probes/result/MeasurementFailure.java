package org.opencities.testbench.probes.result;

import java.time.Instant;
import java.util.Objects;

/** A run that produced no figures, with a stable code and a reason a network engineer can act on. */
public record MeasurementFailure(String tool, String target, Instant startedAt, FailureCode code, String reason)
        implements MeasurementResult {

    public MeasurementFailure {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
