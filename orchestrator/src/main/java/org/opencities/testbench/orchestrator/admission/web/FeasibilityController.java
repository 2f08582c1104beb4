package org.opencities.testbench.orchestrator.admission.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.orchestrator.admission.CapacityLedger;
import org.opencities.testbench.orchestrator.inventory.CityNotFound;
import org.opencities.testbench.orchestrator.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/feasibility")
@Tag(name = "Feasibility", description = "Whether a city's segments can take a service, and why not")
class FeasibilityController {

    private final CapacityLedger ledger;

    FeasibilityController(CapacityLedger ledger) {
        this.ledger = ledger;
    }

    @PostMapping
    @Operation(summary = "T-CONT type per direction and the city's best `limit` segments ranked for a pair of profiles"
            + " (X-Total-Count: all of the city's); feasible false with the listed segments' refusals and their numbers"
            + " when none admits it. Changes nothing.")
    ResponseEntity<FeasibilityResponse> check(@Valid @RequestBody FeasibilityRequest request,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        var demand = request.demand();
        var feasibility = ledger.feasibility(request.city(), demand);
        if (feasibility.decisions().isEmpty()) {
            throw new CityNotFound(request.city());
        }
        var answer = FeasibilityResponse.of(feasibility, limit);
        return PageResponse.counted(answer.segments(), answer.candidates().size()).body(answer);
    }
}
