package org.opencities.testbench.registry.city.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.registry.city.Cities;
import org.opencities.testbench.registry.city.CityId;
import org.opencities.testbench.registry.city.CityNotFound;
import org.opencities.testbench.registry.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cities")
@Tag(name = "Cities", description = "Cities of the network and their living labs")
class CityController {

    private final Cities cities;

    CityController(Cities cities) {
        this.cities = cities;
    }

    @GetMapping
    @Operation(summary = "List cities ordered by name")
    ResponseEntity<PageResponse<CityResponse>> list(@RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        var items = cities.page(offset, limit).stream().map(CityResponse::of).toList();
        return new PageResponse<>(items, offset, limit, cities.count()).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One city with its living labs")
    CityResponse get(@PathVariable String id) {
        var cityId = new CityId(id);
        return cities.find(cityId).map(CityResponse::of).orElseThrow(() -> new CityNotFound(cityId));
    }
}
