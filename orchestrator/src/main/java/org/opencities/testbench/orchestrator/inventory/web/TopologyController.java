package org.opencities.testbench.orchestrator.inventory.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.orchestrator.OrchestratorProperties;
import org.opencities.testbench.orchestrator.admission.SegmentCapacities;
import org.opencities.testbench.orchestrator.inventory.CityNotFound;
import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentFilter;
import org.opencities.testbench.orchestrator.inventory.Segments;
import org.opencities.testbench.orchestrator.inventory.TopologyRejected;
import org.opencities.testbench.orchestrator.inventory.TopologyRejected.RowError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/topology")
@Tag(name = "Topology", description = "The FTTH inventory as a tree, and its import and export as CSV or JSON")
class TopologyController {

    /** Most segments one tree or export carries; a bigger inventory is read city by city. */
    static final int MAX_SEGMENTS = 50_000;

    private final Segments segments;
    private final SegmentCapacities capacities;
    private final TopologyReader reader;

    TopologyController(Segments segments, SegmentCapacities capacities, OrchestratorProperties properties) {
        this.segments = segments;
        this.capacities = capacities;
        this.reader = new TopologyReader(properties.admission());
    }

    @GetMapping
    @Operation(summary = "Cities, central offices, OLTs and their PON ports (segments), optionally of one city")
    TopologyResponse tree(@RequestParam Optional<@Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String> city) {
        return TopologyResponse.of(all(city));
    }

    @GetMapping("/export")
    @Operation(summary = "The topology as CSV or JSON, in the format the import reads")
    ResponseEntity<?> export(@RequestParam(defaultValue = "json") @Pattern(regexp = "csv|json") String format,
            @RequestParam Optional<@Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String> city) {
        var rows = all(city).stream().map(TopologyRow::of).toList();
        var disposition = HttpHeaders.CONTENT_DISPOSITION;
        if (format.equals("csv")) {
            return ResponseEntity.ok().header(disposition, "attachment; filename=topology.csv")
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(TopologyFormats.csv(rows));
        }
        return ResponseEntity.ok().header(disposition, "attachment; filename=topology.json")
                .contentType(MediaType.APPLICATION_JSON).body(new TopologyRow.Document(rows));
    }

    @PostMapping(path = "/import", consumes = {"text/csv", "application/json"})
    @Operation(summary = "Add or replace segments from CSV or JSON; every row is checked first and nothing is stored"
            + " when any row is at fault (422 with the errors by row and field)")
    SegmentCapacities.Stored importTopology(@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type, @RequestBody String body) {
        var rows = MediaType.APPLICATION_JSON.isCompatibleWith(type) ? TopologyFormats.readJson(body) : TopologyFormats.readCsv(body);
        return capacities.store(reader.read(rows));
    }

    private List<Segment> all(Optional<String> city) {
        var filter = new SegmentFilter(city, Optional.empty(), Optional.empty());
        long count = segments.count(filter);
        if (city.isPresent() && count == 0) {
            throw new CityNotFound(city.get());
        }
        if (count > MAX_SEGMENTS) {
            throw new TopologyRejected(List.of(new RowError(0, "city", "the inventory has " + count
                    + " segments, more than " + MAX_SEGMENTS + " in one answer; ask for one city at a time")));
        }
        return segments.page(filter, 0, MAX_SEGMENTS);
    }
}
