package org.opencities.testbench.probes.history.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.probes.history.Downsampling;
import org.opencities.testbench.probes.history.InvalidMeasurementQuery;
import org.opencities.testbench.probes.history.MeasurementQuery;
import org.opencities.testbench.probes.history.Measurements;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/measurements")
@Tag(name = "Measurement history", description = "Completed and failed measurement runs per segment, service, tool and time")
class MeasurementController {

    private final Measurements history;

    MeasurementController(Measurements history) {
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "Runs that started in [from, to), oldest first; downsampled to buckets with a step, "
            + "or on their own for ranges longer than PT6H")
    ResponseEntity<HistoryResponse> list(@RequestParam(required = false) String segment,
            @RequestParam(required = false) String service, @RequestParam(required = false) String tool,
            @Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(required = false) String from,
            @Parameter(description = "ISO-8601 instant, exclusive") @RequestParam(required = false) String to,
            @Parameter(description = "ISO-8601 duration of a bucket, e.g. PT5M") @RequestParam(required = false) String step,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        var query = new MeasurementQuery(segment, service, tool, instant("from", from), instant("to", to));
        var bucketStep = Downsampling.step(query, duration(step));
        HistoryResponse page;
        if (bucketStep.isPresent()) {
            var buckets = history.buckets(query, bucketStep.get());
            var items = buckets.subList(Math.min(offset, buckets.size()), Math.min(offset + limit, buckets.size()));
            page = new HistoryResponse(query.from(), query.to(), bucketStep.get().toString(), null, items, offset, limit,
                    buckets.size());
        } else {
            var runs = history.page(query, offset, limit).stream().map(RunResponse::of).toList();
            page = new HistoryResponse(query.from(), query.to(), null, runs, null, offset, limit, history.count(query));
        }
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(page.total()))
                .header("X-Result-Count", Integer.toString(page.runs() != null ? page.runs().size() : page.buckets().size()))
                .body(page);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidMeasurementQuery(name, "'" + value + "' is not an ISO-8601 instant such as 2027-01-20T10:00:00Z");
        }
    }

    private static Duration duration(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidMeasurementQuery("step", "'" + value + "' is not an ISO-8601 duration such as PT5M");
        }
    }
}
