package org.opencities.testbench.probes.history;

import java.time.Duration;
import java.time.Instant;

/**
 * Which measurements to read: runs that started in {@code [from, to)}, optionally of one segment,
 * service and tool. Validates itself; a bad value fails with {@link InvalidMeasurementQuery}
 * naming the parameter.
 */
public record MeasurementQuery(String segmentId, String serviceId, String tool, Instant from, Instant to) {

    /** The longest range one query may cover. */
    public static final Duration LONGEST_RANGE = Duration.ofDays(366);

    public MeasurementQuery {
        if (from == null) {
            throw new InvalidMeasurementQuery("from", "is required (an ISO-8601 instant, e.g. 2027-01-20T10:00:00Z)");
        }
        if (to == null) {
            throw new InvalidMeasurementQuery("to", "is required (an ISO-8601 instant, e.g. 2027-01-20T11:00:00Z)");
        }
        if (!to.isAfter(from)) {
            throw new InvalidMeasurementQuery("to", "must be after from (" + from + ")");
        }
        if (Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
            throw new InvalidMeasurementQuery("to", "the range may cover at most " + LONGEST_RANGE.toDays() + " days");
        }
        segmentId = blankToNull(segmentId);
        serviceId = blankToNull(serviceId);
        tool = blankToNull(tool);
    }

    public Duration range() {
        return Duration.between(from, to);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
