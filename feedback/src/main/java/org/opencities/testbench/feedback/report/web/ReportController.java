package org.opencities.testbench.feedback.report.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.opencities.testbench.feedback.InvalidRequest;
import org.opencities.testbench.feedback.report.OpenDataRow;
import org.opencities.testbench.feedback.report.PilotReport;
import org.opencities.testbench.feedback.web.FeedbackCaller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pilot's feedback report as JSON, its exports, and the anonymised open-data aggregates. Filters:
 * {@code city, language, device, platform, segment, from, to}.
 */
@RestController
@RequestMapping("/api/v1/pilots/{pilotId}/report")
@Tag(name = "Reports", description = "Scores per pilot with 95% confidence intervals, distributions and exports")
class ReportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ReportReading reading;
    private final JsonMapper json;

    ReportController(ReportReading reading, JsonMapper json) {
        this.reading = reading;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "The pilot's report for the filter")
    PilotReport report(@PathVariable String pilotId, ReportFilterParameters filter, Authentication authentication) {
        return reading.report(pilotId, filter.toFilter(), FeedbackCaller.of(authentication));
    }

    @GetMapping("/export")
    @Operation(summary = "The report for the filter as a CSV or JSON file")
    ResponseEntity<String> export(@PathVariable String pilotId, ReportFilterParameters filter,
            @RequestParam(defaultValue = "csv") String format, Authentication authentication) {
        var report = reading.report(pilotId, filter.toFilter(), FeedbackCaller.of(authentication));
        return download(format, "report-" + pilotId, () -> ReportCsv.report(report), report);
    }

    @GetMapping("/open-data")
    @Operation(summary = "Anonymised aggregates for an open-data portal: no pseudonyms, no free text, small cells suppressed")
    ResponseEntity<String> openData(@PathVariable String pilotId, @RequestParam(defaultValue = "csv") String format,
            Authentication authentication) {
        List<OpenDataRow> rows = reading.openData(pilotId, FeedbackCaller.of(authentication));
        return download(format, "open-data-" + pilotId, () -> ReportCsv.openData(rows),
                new OpenData(pilotId, reading.minimumAnswers(), rows));
    }

    /** The open-data export as JSON: the pilot, the minimum a published cell rests on, and the cells. */
    record OpenData(String pilotId, int minimumAnswers, List<OpenDataRow> cells) {
    }

    private ResponseEntity<String> download(String format, String name, Supplier<String> csv,
            Object body) {
        boolean asCsv = switch (format) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw new InvalidRequest("format", "must be csv or json");
        };
        String file = name.replaceAll("[^A-Za-z0-9-]", "_") + (asCsv ? ".csv" : ".json");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .contentType(asCsv ? CSV : MediaType.APPLICATION_JSON)
                .body(asCsv ? csv.get() : json.writeValueAsString(body));
    }
}
