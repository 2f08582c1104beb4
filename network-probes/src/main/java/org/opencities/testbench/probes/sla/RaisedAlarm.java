package org.opencities.testbench.probes.sla;

import java.time.Instant;

/** The quality alarm currently raised for a service: at most one per service. */
public record RaisedAlarm(String serviceId, String alarmId, String segmentId, Indicator indicator, double observed,
        double threshold, Instant raisedAt) {
}
