package org.opencities.testbench.feedback.report.web;

import java.util.Locale;

import org.opencities.testbench.feedback.report.Measure;

/**
 * One measure drawn as a horizontal bar on its scale, in SVG user units of a 0–100 wide box: the bar
 * from the scale's origin to the mean, a whisker over the 95% interval (cut at the ends of the
 * scale), and an optional reference mark such as SUS's 68. Coordinates are text with a dot as decimal
 * mark, whatever the page's language.
 */
record ReportChart(String key, Measure measure, String barX, String barWidth, String ciFrom, String ciTo, String mark) {

    static ReportChart of(String key, Measure measure, double low, double high, double origin, Double mark) {
        if (measure.tooFewAnswers()) {
            return new ReportChart(key, measure, null, null, null, null, null);
        }
        double zero = position(origin, low, high);
        double mean = position(measure.mean(), low, high);
        return new ReportChart(key, measure, number(Math.min(zero, mean)), number(Math.abs(mean - zero)),
                measure.lower() == null ? null : number(position(measure.lower(), low, high)),
                measure.upper() == null ? null : number(position(measure.upper(), low, high)),
                mark == null ? null : number(position(mark, low, high)));
    }

    /** The share of a whole as a bar's width in the same box. */
    static String share(Integer part, Integer whole) {
        return part == null || whole == null || whole == 0 ? "0" : number(100.0 * part / whole);
    }

    private static double position(double value, double low, double high) {
        return Math.max(0, Math.min(100, 100 * (value - low) / (high - low)));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
