package org.opencities.testbench.probes.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One measurement run as the history keeps it: a completed run with its figures, or a failed run
 * with the reason it failed (so that a gap in the figures is visible and explained).
 *
 * @param endedAt when the run ended; {@code null} for a failed run that did not say
 * @param figures what the run measured; {@link Figures#NONE} for a failed run
 * @param failureReason why the run failed; {@code null} for a completed run
 */
public record Measurement(String runId, String assignmentId, String agentId, String segmentId, String serviceId,
        String tool, Instant startedAt, Instant endedAt, Figures figures, String failureReason) {

    public Measurement {
        requireText(runId, "runId");
        requireText(segmentId, "segmentId");
        requireText(tool, "tool");
        Objects.requireNonNull(startedAt, "startedAt is required");
        Objects.requireNonNull(figures, "figures are required (Figures.NONE for a failed run)");
    }

    /** When the run ended, or when it started if the event named no end. */
    public Instant end() {
        return endedAt == null ? startedAt : endedAt;
    }

    public boolean failed() {
        return failureReason != null;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
