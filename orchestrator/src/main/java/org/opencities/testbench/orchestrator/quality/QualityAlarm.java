package org.opencities.testbench.orchestrator.quality;

import java.time.Instant;
import java.util.Objects;

/**
 * A TMF642 {@code qualityOfServiceAlarm} about a service, raised or cleared.
 *
 * @param indicator the crossed threshold's {@code indicatorName}; {@code null} for a cleared alarm
 * @param at {@code alarmRaisedTime} or {@code alarmClearedTime}
 */
public record QualityAlarm(String alarmId, String serviceId, boolean raised, String indicator, String observedValue,
        String thresholdValue, Instant at) {

    public QualityAlarm {
        Objects.requireNonNull(alarmId, "alarm id");
        Objects.requireNonNull(serviceId, "alarmed service id");
        Objects.requireNonNull(at, "alarm time");
    }
}
