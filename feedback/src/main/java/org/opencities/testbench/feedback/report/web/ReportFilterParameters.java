package org.opencities.testbench.feedback.report.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;

import org.opencities.testbench.feedback.InvalidRequest;
import org.opencities.testbench.feedback.Violation;
import org.opencities.testbench.feedback.questionnaire.Languages;
import org.opencities.testbench.feedback.report.ReportFilter;

/**
 * A report filter as query parameters, shared by the API, its exports and the report page. Blank
 * values mean "no restriction" (the page's form sends them). {@code from} and {@code to} take an
 * instant ({@code 2027-02-01T00:00:00Z}) or a day ({@code 2027-02-01}, meaning its start in UTC);
 * {@code to} is exclusive.
 */
record ReportFilterParameters(String city, String language, String device, String platform, String segment, String from,
        String to) {

    ReportFilter toFilter() {
        var violations = new ArrayList<Violation>();
        String lang = blankless(language);
        if (lang != null && !Languages.supported(lang)) {
            violations.add(new Violation("language", Languages.refusal(lang)));
        }
        Instant start = instant("from", from, violations);
        Instant end = instant("to", to, violations);
        if (start != null && end != null && !start.isBefore(end)) {
            violations.add(new Violation("to", "must be after 'from' (%s)".formatted(start)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
        return new ReportFilter(blankless(city), lang, blankless(device), blankless(platform), blankless(segment), start, end);
    }

    private static Instant instant(String field, String value, ArrayList<Violation> violations) {
        String text = blankless(value);
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be an ISO-8601 instant such as 2027-02-01T00:00:00Z or a day such as 2027-02-01"));
            return null;
        }
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
