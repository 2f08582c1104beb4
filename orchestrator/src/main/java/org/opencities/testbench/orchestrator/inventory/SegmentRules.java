package org.opencities.testbench.orchestrator.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.opencities.testbench.orchestrator.inventory.Segment.Violation;

/** The checks a segment passes before it enters the inventory, each failure with a reason a person can act on. */
final class SegmentRules {

    static final Pattern CITY = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    static final double MAX_OVERBOOKING = 20;
    /** Factors are stored with this many decimals, so that the database computes the same limits. */
    static final int DECIMALS = 4;

    private SegmentRules() {
    }

    static List<Violation> check(SegmentId id, String city, String centralOffice, String olt, String ponPort,
            Technology technology, int splitRatio, int ontCount, SegmentStatus status, long usableDownKbps,
            long usableUpKbps, double headroom, double overbooking) {
        var violations = new ArrayList<Violation>();
        if (id == null) {
            violations.add(new Violation("id", "must be given"));
        }
        if (city == null || !CITY.matcher(city).matches()) {
            violations.add(new Violation("city", "must be a city id: a lower-case slug of 2 to 40 characters, e.g. helsinki"));
        }
        requireName(violations, "centralOffice", centralOffice, 80);
        requireName(violations, "olt", olt, 80);
        requireName(violations, "ponPort", ponPort, 40);
        if (status == null) {
            violations.add(new Violation("status", "must be one of IN_SERVICE, DEGRADED, MAINTENANCE"));
        }
        if (technology == null) {
            violations.add(new Violation("technology", "must be one of GPON, XG_PON, XGS_PON"));
        } else {
            checkSplit(violations, technology, splitRatio);
            checkUsable(violations, "usableDownKbps", usableDownKbps, technology.lineRateDownKbps(), technology);
            checkUsable(violations, "usableUpKbps", usableUpKbps, technology.lineRateUpKbps(), technology);
        }
        if (ontCount < 0 || ontCount > splitRatio) {
            violations.add(new Violation("ontCount", "must be from 0 to the split ratio " + splitRatio + ", it is " + ontCount));
        }
        if (!(headroom >= 0 && headroom < 1) || decimals(headroom) > DECIMALS) {
            violations.add(new Violation("headroom", "must be from 0 up to but not including 1 (a share of the usable capacity)"
                    + " with at most " + DECIMALS + " decimals, it is " + headroom));
        }
        if (!(overbooking >= 1 && overbooking <= MAX_OVERBOOKING) || decimals(overbooking) > DECIMALS) {
            violations.add(new Violation("overbooking", "must be from 1 to " + (int) MAX_OVERBOOKING
                    + " (times the usable capacity) with at most " + DECIMALS + " decimals, it is " + overbooking));
        }
        return violations;
    }

    private static int decimals(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().scale() : Integer.MAX_VALUE;
    }

    private static void requireName(List<Violation> violations, String field, String value, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            violations.add(new Violation(field, "must be given, at most " + maxLength + " characters"));
        }
    }

    private static void checkSplit(List<Violation> violations, Technology technology, int splitRatio) {
        if (splitRatio < 2 || Integer.bitCount(splitRatio) != 1 || splitRatio > technology.maxSplitRatio()) {
            violations.add(new Violation("splitRatio", "must be a power of two from 2 to " + technology.maxSplitRatio()
                    + " for " + technology + ", it is " + splitRatio));
        }
    }

    private static void checkUsable(List<Violation> violations, String field, long value, long lineRate, Technology technology) {
        if (value <= 0 || value > lineRate) {
            violations.add(new Violation(field, "must be above 0 and at most the " + technology + " line rate of "
                    + lineRate + " kbit/s, it is " + value));
        }
    }
}
