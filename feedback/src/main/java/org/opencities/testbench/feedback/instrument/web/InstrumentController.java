package org.opencities.testbench.feedback.instrument.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.feedback.instrument.Instrument;
import org.opencities.testbench.feedback.instrument.UnknownInstrument;
import org.opencities.testbench.feedback.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/instruments")
@Tag(name = "Instruments", description = "Standard feedback instruments and their scoring")
class InstrumentController {

    private static final List<Instrument> ALL = List.of(Instrument.values());

    @GetMapping
    @Operation(summary = "List the standard instruments")
    ResponseEntity<PageResponse<InstrumentResponse>> list(@RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        var items = ALL.stream().skip(offset).limit(limit).map(InstrumentResponse::of).toList();
        return new PageResponse<>(items, offset, limit, ALL.size()).toResponse();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One instrument with its scale")
    InstrumentResponse get(@PathVariable String code) {
        return InstrumentResponse.of(find(code));
    }

    @PostMapping("/{code}/score")
    @Operation(summary = "Score answers by the instrument's published rule; nothing is stored")
    ScoreResponse score(@PathVariable String code, @Valid @RequestBody ScoreRequest request) {
        var instrument = find(code);
        return new ScoreResponse(instrument.code(), request.answers().size(), instrument.score(request.answers()));
    }

    private static Instrument find(String code) {
        return Instrument.byCode(code).orElseThrow(() -> new UnknownInstrument(code));
    }
}
