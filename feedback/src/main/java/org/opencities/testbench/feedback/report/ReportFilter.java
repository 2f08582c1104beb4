package org.opencities.testbench.feedback.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which of a pilot's responses a report covers: those given in a city, in a language, on a device or
 * platform, from a PON segment, and submitted at or after {@code from} and before {@code to}. Each
 * part is optional ({@code null}: no restriction).
 */
public record ReportFilter(String city, String language, String device, String platform, String segment, Instant from,
        Instant to) {

    public static final ReportFilter NONE = new ReportFilter(null, null, null, null, null, null, null);

    /** The restrictions in force by name, as the report and its exports echo them. */
    public Map<String, String> restrictions() {
        var restrictions = new LinkedHashMap<String, String>();
        put(restrictions, "city", city);
        put(restrictions, "language", language);
        put(restrictions, "device", device);
        put(restrictions, "platform", platform);
        put(restrictions, "segment", segment);
        put(restrictions, "from", from == null ? null : from.toString());
        put(restrictions, "to", to == null ? null : to.toString());
        return restrictions;
    }

    private static void put(Map<String, String> restrictions, String name, String value) {
        if (value != null) {
            restrictions.put(name, value);
        }
    }
}
