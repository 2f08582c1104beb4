package org.opencities.testbench.probes.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One scheduled execution of a task's spec: due at {@code slot}, startable until
 * {@code latestStart}, measuring at most {@code bound} once started.
 *
 * @param endpoint the host measured; exclusive runs on one endpoint never overlap. Null for the run of a
 *     refused assignment, which never held an endpoint
 * @param exclusive whether the run needs its endpoint alone (throughput tests and activation tests)
 * @param reason why the run ended as it did, or null while it is open or when it finished
 */
public record Run(String id, String taskId, String tool, String endpoint, Priority priority, boolean exclusive,
        Instant slot, Instant latestStart, Duration bound, RunState state, Instant startedAt, Instant endedAt,
        String reason) {

    public Run {
        Objects.requireNonNull(id, "run id");
        Objects.requireNonNull(taskId, "task id");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(latestStart, "latest start");
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(state, "state");
    }

    /** Whether this run and {@code other} may not hold their endpoint at the same time. */
    public boolean conflictsWith(Run other) {
        return !id.equals(other.id) && endpoint != null && endpoint.equals(other.endpoint) && (exclusive || other.exclusive);
    }

    /**
     * The same run in {@code next}; ending states record {@code at} as the end (never before the
     * start) and keep the reason.
     */
    public Run to(RunState next, Instant at, String why) {
        if (!state.canBecome(next)) {
            throw new IllegalRunTransition(this, next);
        }
        Instant started = next == RunState.RUNNING ? at : startedAt;
        // A wall clock stepped back during the run must not make it end before it started; the tool's
        // own figures come from the monotonic clock and stay right.
        Instant ended = next.terminal() ? (started != null && at.isBefore(started) ? started : at) : endedAt;
        return new Run(id, taskId, tool, endpoint, priority, exclusive, slot, latestStart, bound, next, started, ended,
                why == null ? reason : why);
    }
}
