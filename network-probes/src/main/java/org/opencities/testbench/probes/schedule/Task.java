package org.opencities.testbench.probes.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.opencities.testbench.probes.spec.MeasurementSpec;

/**
 * What an agent was assigned: a spec measured at slots {@code repeat} apart from {@code firstSlot}
 * (once when {@code repeat} is null), each run allowed to start up to {@code slip} late.
 *
 * @param id the assignment id
 * @param serviceId the service measured, or null for a segment-wide task
 * @param criteria the acceptance criteria an activation run is judged against, or null
 * @param nextSlot the start of the next run to create, or null when no more runs follow
 */
public record Task(String id, String segmentId, String serviceId, MeasurementSpec spec, Duration repeat,
        Duration slip, Priority priority, ActivationCriteria criteria, Instant firstSlot, Instant nextSlot,
        TaskState state, String reason) {

    /** Repeats shorter than this would keep an endpoint busy with measuring. */
    public static final Duration MIN_REPEAT = Duration.ofSeconds(1);

    public Task {
        Objects.requireNonNull(id, "task id");
        Objects.requireNonNull(segmentId, "segment id");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(slip, "slip");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(firstSlot, "first slot");
        Objects.requireNonNull(state, "state");
        if (slip.isNegative()) {
            throw new IllegalArgumentException("slip must not be negative: " + slip);
        }
        if (repeat != null && repeat.compareTo(MIN_REPEAT) < 0) {
            throw new IllegalArgumentException("repeat must be at least " + MIN_REPEAT + ": " + repeat);
        }
    }

    /** A new task whose first run is due at {@code firstSlot}. */
    public static Task of(String id, String segmentId, String serviceId, MeasurementSpec spec, Duration repeat,
            Duration slip, Priority priority, ActivationCriteria criteria, Instant firstSlot) {
        return new Task(id, segmentId, serviceId, spec, repeat, slip, priority, criteria, firstSlot, firstSlot,
                TaskState.ACTIVE, null);
    }

    /** The task after its next run was created: the slot after it, or none for a one-off task. */
    Task advanced() {
        return with(repeat == null ? null : nextSlot.plus(repeat), state, reason);
    }

    Task ended(TaskState newState, String why) {
        return with(null, newState, why);
    }

    private Task with(Instant slot, TaskState newState, String why) {
        return new Task(id, segmentId, serviceId, spec, repeat, slip, priority, criteria, firstSlot, slot, newState, why);
    }
}
