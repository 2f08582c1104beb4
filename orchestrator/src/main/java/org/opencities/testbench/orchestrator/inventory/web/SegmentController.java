package org.opencities.testbench.orchestrator.inventory.web;

import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.SegmentNotFound;
import org.opencities.testbench.orchestrator.inventory.Segments;
import org.opencities.testbench.orchestrator.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/segments")
@Tag(name = "Segments", description = "PON segments of the FTTH inventory")
class SegmentController {

    private final Segments segments;

    SegmentController(Segments segments) {
        this.segments = segments;
    }

    @GetMapping
    @Operation(summary = "List segments by city and id, optionally of one city")
    ResponseEntity<PageResponse<SegmentResponse>> list(
            @RequestParam Optional<@Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String> city,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        var items = segments.page(city, offset, limit).stream().map(SegmentResponse::of).toList();
        return new PageResponse<>(items, offset, limit, segments.count(city)).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One segment")
    SegmentResponse get(@PathVariable String id) {
        var segmentId = new SegmentId(id);
        return segments.find(segmentId).map(SegmentResponse::of).orElseThrow(() -> new SegmentNotFound(segmentId));
    }
}
