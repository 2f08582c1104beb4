package org.opencities.testbench.orchestrator.inventory.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.orchestrator.admission.Load;
import org.opencities.testbench.orchestrator.admission.SegmentCapacities;
import org.opencities.testbench.orchestrator.admission.SegmentCapacity;
import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentFilter;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.SegmentNotFound;
import org.opencities.testbench.orchestrator.inventory.SegmentStatus;
import org.opencities.testbench.orchestrator.inventory.Segments;
import org.opencities.testbench.orchestrator.inventory.Technology;
import org.opencities.testbench.orchestrator.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/segments")
@Tag(name = "Segments", description = "PON segments of the FTTH inventory")
class SegmentController {

    private final Segments segments;
    private final SegmentCapacities capacities;

    SegmentController(Segments segments, SegmentCapacities capacities) {
        this.segments = segments;
        this.capacities = capacities;
    }

    @GetMapping
    @Operation(summary = "List segments by city and id with committed and free capacity, filtered by city, status and technology")
    ResponseEntity<PageResponse<SegmentResponse>> list(
            @RequestParam Optional<@Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String> city,
            @RequestParam Optional<SegmentStatus> status,
            @RequestParam Optional<Technology> technology,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        var filter = new SegmentFilter(city, status, technology);
        var page = segments.page(filter, offset, limit);
        var committed = capacities.of(page.stream().map(Segment::id).toList());
        var items = page.stream().map(segment -> SegmentResponse.of(segment, capacityOf(segment, committed.get(segment.id())))).toList();
        return new PageResponse<>(items, offset, limit, segments.count(filter)).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One segment; its ETag is what a PATCH must present in If-Match")
    ResponseEntity<SegmentResponse> get(@PathVariable String id) {
        var segment = find(new SegmentId(id));
        return ResponseEntity.ok().eTag(segment.tag()).body(response(segment));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Change a segment's status, admission factors or usable capacity (If-Match required);"
            + " refused with 422 and the numbers when the new limits are below what is committed")
    ResponseEntity<?> patch(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody SegmentPatch patch) {
        var segmentId = new SegmentId(id);
        if (ifMatch == null || ifMatch.isBlank()) {
            return precondition(HttpStatus.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of GET /api/v1/segments/" + id + " so that no change is lost");
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!find(segmentId).tag().equals(tag)) {
            return precondition(HttpStatus.PRECONDITION_FAILED,
                    "Segment " + id + " changed since that ETag was read; read it again and apply your change to the new version");
        }
        var changed = capacities.reconfigure(segmentId, tag, patch::applyTo);
        return ResponseEntity.ok().eTag(changed.tag()).body(response(changed));
    }

    private Segment find(SegmentId id) {
        return segments.find(id).orElseThrow(() -> new SegmentNotFound(id));
    }

    private SegmentResponse response(Segment segment) {
        return SegmentResponse.of(segment, capacityOf(segment, capacities.of(List.of(segment.id())).get(segment.id())));
    }

    private static SegmentCapacity capacityOf(Segment segment, SegmentCapacity stored) {
        return stored != null ? SegmentCapacity.of(segment, stored.committedDown(), stored.committedUp())
                : SegmentCapacity.of(segment, Load.NONE, Load.NONE);
    }

    private static ResponseEntity<ProblemDetail> precondition(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
