package org.opencities.testbench.feedback.report.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.opencities.testbench.feedback.report.Measure;
import org.opencities.testbench.feedback.report.NpsGroups;
import org.opencities.testbench.feedback.report.OpenDataRow;
import org.opencities.testbench.feedback.report.PilotReport;

/**
 * Reports as CSV (RFC 4180, comma separated, dot as decimal mark, empty cells for withheld figures),
 * one row per figure so that a spreadsheet can pivot them.
 */
final class ReportCsv {

    static final String REPORT_HEADER = "measure,value,n,mean,ci95_lower,ci95_upper,count,too_few_answers";
    static final String OPEN_DATA_HEADER = "dimension,value,measure,n,mean,ci95_lower,ci95_upper,promoters,passives,detractors,suppressed";

    private ReportCsv() {
    }

    static String report(PilotReport report) {
        var lines = new StringBuilder(REPORT_HEADER).append("\r\n");
        line(lines, "responses", "", report.responses(), null, null, null, null, report.tooFewAnswers());
        measure(lines, "sus", report.sus());
        line(lines, "sus.benchmark", "", null, report.susBenchmark(), null, null, null, false);
        measure(lines, "ueq-s.pragmatic", report.ueqS().pragmatic());
        measure(lines, "ueq-s.hedonic", report.ueqS().hedonic());
        measure(lines, "ueq-s.overall", report.ueqS().overall());
        NpsGroups nps = report.nps();
        line(lines, "nps", "", nps.n(), nps.score(), null, null, null, nps.tooFewAnswers());
        line(lines, "nps.promoters", "", null, null, null, null, nps.promoters(), nps.tooFewAnswers());
        line(lines, "nps.passives", "", null, null, null, null, nps.passives(), nps.tooFewAnswers());
        line(lines, "nps.detractors", "", null, null, null, null, nps.detractors(), nps.tooFewAnswers());
        measure(lines, "mos", report.mos());
        report.items().forEach(item -> {
            if (item.tooFewAnswers()) {
                line(lines, "item." + item.key(), "", null, null, null, null, null, true);
            } else {
                item.counts().forEach((value, count) -> line(lines, "item." + item.key(), value, item.n(), null, null, null,
                        count, false));
            }
        });
        return lines.toString();
    }

    static String openData(List<OpenDataRow> rows) {
        var lines = new StringBuilder(OPEN_DATA_HEADER).append("\r\n");
        rows.forEach(row -> lines.append(Stream.of(row.dimension(), row.value(), row.measure(), row.n(), row.mean(), row.lower(),
                row.upper(), row.promoters(), row.passives(), row.detractors(), row.suppressed())
                .map(ReportCsv::cell).collect(Collectors.joining(","))).append("\r\n"));
        return lines.toString();
    }

    private static void measure(StringBuilder lines, String name, Measure measure) {
        line(lines, name, "", measure.n(), measure.mean(), measure.lower(), measure.upper(), null, measure.tooFewAnswers());
    }

    private static void line(StringBuilder lines, String measure, String value, Integer n, Double mean, Double lower,
            Double upper, Integer count, boolean tooFew) {
        lines.append(Stream.of(measure, value, n, mean, lower, upper, count, tooFew).map(ReportCsv::cell)
                .collect(Collectors.joining(","))).append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return String.format(Locale.ROOT, "%.4f", number);
        }
        String text = value.toString();
        // Quote what a spreadsheet would split or read as a formula.
        boolean risky = text.matches(".*[\",\r\n].*") || !text.isEmpty() && "=+@".indexOf(text.charAt(0)) >= 0;
        return risky ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
