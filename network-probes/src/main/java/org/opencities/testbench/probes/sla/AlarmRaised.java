package org.opencities.testbench.probes.sla;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.opencities.testbench.probes.ProbeEvent;

/**
 * {@code alarm.raised}: a TMF642 {@code qualityOfServiceAlarm} on a service whose results breach
 * an acceptance criterion, with the crossed threshold.
 *
 * @param alarmedObject the service as TMF642 refers to it: {@code id} and {@code @referredType}
 */
public record AlarmRaised(UUID eventId, String id, String alarmType, String perceivedSeverity, String probableCause,
        String specificProblem, Map<String, String> alarmedObject, Instant alarmRaisedTime, String ackState,
        CrossedThreshold crossedThresholdInformation) implements ProbeEvent {

    /**
     * TMF642's {@code crossedThresholdInformation}; values are strings as in TMF642.
     *
     * @param granularity the configured SLA window the values were observed over (ISO-8601 duration)
     */
    public record CrossedThreshold(String indicatorName, String observedValue, String thresholdValue, String direction,
            String granularity) {
    }

    static AlarmRaised of(RaisedAlarm alarm, Breach breach) {
        return new AlarmRaised(UUID.randomUUID(), alarm.alarmId(), "qualityOfServiceAlarm", "major", "thresholdCrossed",
                breach.indicator().specificProblem(), Map.of("id", alarm.serviceId(), "@referredType", "Service"),
                alarm.raisedAt(), "unacknowledged",
                new CrossedThreshold(breach.indicator().indicatorName(), plain(breach.observed()), plain(breach.threshold()),
                        "up", breach.window().toString()));
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
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
