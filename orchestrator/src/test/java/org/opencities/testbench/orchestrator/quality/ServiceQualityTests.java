package org.opencities.testbench.orchestrator.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ServiceQualityTests {

    private static final Instant RAISED = Instant.parse("2027-01-20T10:10:00Z");
    private static final Instant CLEARED = Instant.parse("2027-01-20T10:25:00Z");

    @Test
    void aRaisedQualityAlarmDegradesTheService() {
        var quality = ServiceQuality.after(null, raised("alarm-1"));

        assertThat(quality.status()).isEqualTo(OperatingStatus.DEGRADED);
        assertThat(quality.alarmId()).isEqualTo("alarm-1");
        assertThat(quality.indicator()).isEqualTo("rttP95Ms");
        assertThat(quality.since()).isEqualTo(RAISED);
    }

    @Test
    void clearingTheDegradingAlarmMakesTheServiceNormal() {
        var degraded = ServiceQuality.after(null, raised("alarm-1"));

        var quality = ServiceQuality.after(degraded, cleared("alarm-1"));

        assertThat(quality.status()).isEqualTo(OperatingStatus.NORMAL);
        assertThat(quality.indicator()).isNull();
        assertThat(quality.since()).isEqualTo(CLEARED);
    }

    @Test
    void aLateClearOfAnOlderAlarmChangesNothing() {
        var degraded = ServiceQuality.after(ServiceQuality.after(null, raised("alarm-1")), raised("alarm-2"));

        assertThat(ServiceQuality.after(degraded, cleared("alarm-1"))).isSameAs(degraded);
        assertThat(ServiceQuality.after(null, cleared("alarm-1"))).isNull();
    }

    private static QualityAlarm raised(String id) {
        return new QualityAlarm(id, "svc-1", true, "rttP95Ms", "42.5", "30", RAISED);
    }

    private static QualityAlarm cleared(String id) {
        return new QualityAlarm(id, "svc-1", false, null, null, null, CLEARED);
    }
}
