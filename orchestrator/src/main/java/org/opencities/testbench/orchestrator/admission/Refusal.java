package org.opencities.testbench.orchestrator.admission;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.opencities.testbench.orchestrator.inventory.SegmentId;

/**
 * Why one segment cannot take a service, with the numbers a person needs to act on it.
 *
 * @param direction the direction at fault, or {@code null} when the segment takes no service at all
 * @param rate which sum would exceed its limit
 */
public record Refusal(SegmentId segment, Direction direction, Rate rate, long committedKbps, long requestedKbps,
        long limitKbps, String reason) {

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
        map.put("reason", reason);
        return map;
    }

    static Refusal exceeding(SegmentId segment, Direction direction, Rate rate, long committed, long requested, long limit) {
        String limitName = rate == Rate.GUARANTEED ? "the guaranteed limit (capacity minus headroom)"
                : "the maximum limit (capacity x overbooking)";
        String reason = String.format(Locale.ROOT, "Segment %s %s: committed %,d kbit/s + requested %,d kbit/s %s exceeds %s of %,d kbit/s",
                segment, direction.label(), committed, requested, rate.name().toLowerCase(Locale.ROOT), limitName, limit);
        return new Refusal(segment, direction, rate, committed, requested, limit, reason);
    }

    static Refusal outOfService(SegmentId segment, String status) {
        return new Refusal(segment, null, Rate.NONE, 0, 0, 0,
                "Segment " + segment + " is " + status + " and takes no new services");
    }
}
