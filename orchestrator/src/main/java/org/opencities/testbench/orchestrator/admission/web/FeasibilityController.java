package org.opencities.testbench.orchestrator.admission.web;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.orchestrator.admission.CapacityLedger;
import org.opencities.testbench.orchestrator.inventory.CityNotFound;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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
    @Operation(summary = "T-CONT type per direction and the city's segments ranked for a pair of profiles;"
            + " feasible false with every refusal and its numbers when none admits it. Changes nothing.")
    FeasibilityResponse check(@Valid @RequestBody FeasibilityRequest request) {
        var demand = request.demand();
        var feasibility = ledger.feasibility(request.city(), demand);
        if (feasibility.decisions().isEmpty()) {
            throw new CityNotFound(request.city());
        }
        return FeasibilityResponse.of(feasibility);
    }
}
