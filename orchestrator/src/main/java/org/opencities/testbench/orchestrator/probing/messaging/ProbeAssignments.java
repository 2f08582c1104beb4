package org.opencities.testbench.orchestrator.probing.messaging;

import org.opencities.testbench.orchestrator.probing.MeasureCancel;
import org.opencities.testbench.orchestrator.probing.MeasureSchedule;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.UUID;

import org.opencities.testbench.orchestrator.inventory.Segment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Makes the assignments the orchestrator sends and publishes them into the current transaction's
 * outbox. Event ids derive from the assignment, so that sending the same assignment again (a
 * restart, a redelivered service event) is recognised by the agents' inboxes.
 */
@Component
public class ProbeAssignments {

    private final ApplicationEventPublisher events;
    private final ProbingProperties settings;

    ProbeAssignments(ApplicationEventPublisher events, ProbingProperties settings) {
        this.events = events;
        this.settings = settings;
    }

    /** The assignment id of the repeating measurement of a service. */
    public static String ofService(String serviceId) {
        return "probe-" + serviceId;
    }

    /** Schedules the repeating STAMP measurement of {@code segment} (for {@code serviceId}, or null). */
    public void schedule(String assignmentId, String serviceId, Segment segment) {
        var stamp = settings.stamp();
        events.publishEvent(new MeasureSchedule(eventId("measure.schedule", assignmentId), assignmentId, serviceId,
                segment.id().value(), segment.probe() == null ? null : segment.probe().toString(), "stamp",
                settings.repeat().toString(), settings.slip().toString(),
                new MeasureSchedule.Spec(stamp.count(), stamp.intervalMs(), stamp.paddingBytes(), stamp.dscp())));
    }

    /** Cancels a task the orchestrator scheduled on {@code segmentId}. */
    public void cancel(String assignmentId, String serviceId, String segmentId, String reason) {
        events.publishEvent(new MeasureCancel(eventId("measure.cancel", assignmentId), assignmentId, serviceId,
                segmentId, reason));
    }

    private static UUID eventId(String type, String assignmentId) {
        return UUID.nameUUIDFromBytes((type + ":" + assignmentId).getBytes(UTF_8));
    }
}
