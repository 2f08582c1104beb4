package org.opencities.testbench.orchestrator.alarm;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.opencities.testbench.orchestrator.OrchestratorEvent;

/**
 * A TMF642-shaped alarm for operators, sent to the alarms address.
 *
 * @param alarmedObject the object at fault as TMF642 refers to it: {@code id} and {@code @referredType}
 */
public record AlarmRaised(UUID eventId, String id, String alarmType, String perceivedSeverity, String probableCause,
        String specificProblem, Map<String, String> alarmedObject, Instant alarmRaisedTime, String ackState)
        implements OrchestratorEvent {

    /** The alarm for a service whose provisioning failed and was backed out. */
    public static AlarmRaised provisioningFailed(String serviceId, String specificProblem, Instant raisedAt) {
        UUID eventId = UUID.nameUUIDFromBytes(("alarm.raised/provisioning/" + serviceId).getBytes(UTF_8));
        return new AlarmRaised(eventId, "alarm-" + eventId, "processingErrorAlarm", "major",
                "configurationOrCustomizationError", specificProblem,
                Map.of("id", serviceId, "@referredType", "Service"), raisedAt, "unacknowledged");
    }

    @Override
    public String type() {
        return "alarm.raised";
    }

    @Override
    public String subject() {
        return id;
    }
}
