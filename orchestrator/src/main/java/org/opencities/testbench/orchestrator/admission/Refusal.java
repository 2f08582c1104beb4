package org.opencities.testbench.orchestrator.admission;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.opencities.testbench.orchestrator.inventory.SegmentId;

/**
 * Why one segment cannot take a service, with the numbers a person needs to act on it. The
 * sentence ({@link #reason()}) is written when asked for: a feasibility answer decides thousands of
 * segments, and most refusals are never read as text.
 *
 * @param direction the direction at fault, or {@code null} when the segment takes no service at all
 * @param rate which sum would exceed its limit
 * @param segmentStatus the status of a segment that takes no service at all, in words; {@code null} otherwise
 */
public record Refusal(SegmentId segment, Direction direction, Rate rate, long committedKbps, long requestedKbps,
        long limitKbps, String segmentStatus) {

    /** The sum a refusal is about. */
    public enum Rate {
        GUARANTEED, MAXIMUM, NONE
    }

    /** The refusal with plain values (ids and directions as text), as answers and problem details show it. */
    public Map<String, Object> asMap() {
        var map = new LinkedHashMap<String, Object>();
        map.put("segment", segment.value());
        map.put("direction", direction == null ? null : direction.label());
        map.put("rate", rate.name().toLowerCase(Locale.ROOT));
        map.put("committedKbps", committedKbps);
        map.put("requestedKbps", requestedKbps);
        map.put("limitKbps", limitKbps);
        map.put("reason", reason());
        return map;
    }

    /** The refusal in a sentence with its numbers, e.g. {@code Segment x downstream: committed 0 kbit/s + requested ...}. */
    public String reason() {
        if (rate == Rate.NONE) {
            return "Segment " + segment + " is " + segmentStatus + " and takes no new services";
        }
        return new StringBuilder(160).append("Segment ").append(segment).append(' ').append(direction.label())
                .append(": committed ").append(grouped(committedKbps)).append(" kbit/s + requested ").append(grouped(requestedKbps))
                .append(" kbit/s ").append(rate == Rate.GUARANTEED ? "guaranteed" : "maximum").append(" exceeds ")
                .append(rate == Rate.GUARANTEED ? "the guaranteed limit (capacity minus headroom)"
                        : "the maximum limit (capacity x overbooking)")
                .append(" of ").append(grouped(limitKbps)).append(" kbit/s").toString();
    }

    static Refusal exceeding(SegmentId segment, Direction direction, Rate rate, long committed, long requested, long limit) {
        return new Refusal(segment, direction, rate, committed, requested, limit, null);
    }

    /** A number with thousands separated by commas, e.g. 2,070,000. */
    static String grouped(long value) {
        String digits = Long.toString(Math.abs(value));
        var text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            text.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        text.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            text.append(',').append(digits, i, i + 3);
        }
        return text.toString();
    }

    static Refusal outOfService(SegmentId segment, String status) {
        return new Refusal(segment, null, Rate.NONE, 0, 0, 0, status);
    }
}
