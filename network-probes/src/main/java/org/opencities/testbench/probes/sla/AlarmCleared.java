package org.opencities.testbench.probes.sla;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.opencities.testbench.probes.ProbeEvent;

/** {@code alarm.cleared}: the service's results are within its acceptance criteria again (or it ended). */
public record AlarmCleared(UUID eventId, String id, String alarmType, String perceivedSeverity,
        Map<String, String> alarmedObject, Instant alarmClearedTime) implements ProbeEvent {

    static AlarmCleared of(RaisedAlarm alarm, Instant clearedAt) {
        return new AlarmCleared(UUID.randomUUID(), alarm.alarmId(), "qualityOfServiceAlarm", "cleared",
                Map.of("id", alarm.serviceId(), "@referredType", "Service"), clearedAt);
    }

    @Override
    public String type() {
        return "alarm.cleared";
    }

    @Override
    public String subject() {
        return id;
    }
}
