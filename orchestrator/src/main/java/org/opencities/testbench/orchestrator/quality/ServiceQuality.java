package org.opencities.testbench.orchestrator.quality;

import java.time.Instant;

/**
 * The quality of one service as the last alarm about it left it.
 *
 * @param alarmId the alarm that set the status
 * @param indicator what was above its threshold while degraded; {@code null} when normal
 */
public record ServiceQuality(String serviceId, OperatingStatus status, String alarmId, String indicator,
        String observedValue, String thresholdValue, Instant since) {

    /**
     * The quality after an alarm: raised makes it degraded; cleared makes it normal only when it
     * clears the alarm that degraded it, so a late clear of an older alarm changes nothing.
     */
    public static ServiceQuality after(ServiceQuality current, QualityAlarm alarm) {
        if (alarm.raised()) {
            return new ServiceQuality(alarm.serviceId(), OperatingStatus.DEGRADED, alarm.alarmId(), alarm.indicator(),
                    alarm.observedValue(), alarm.thresholdValue(), alarm.at());
        }
        if (current == null || !current.alarmId().equals(alarm.alarmId())) {
            return current;
        }
        return new ServiceQuality(alarm.serviceId(), OperatingStatus.NORMAL, alarm.alarmId(), null, null, null, alarm.at());
    }
}
