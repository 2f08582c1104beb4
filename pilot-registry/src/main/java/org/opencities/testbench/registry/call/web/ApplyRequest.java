package org.opencities.testbench.registry.call.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.opencities.testbench.registry.call.application.PlannedPilot;
import org.opencities.testbench.registry.city.CityId;

/** An SME's application: one of its organisation's apps, the call's cities it would run in, testers and dates. */
record ApplyRequest(
        @NotNull String appId,
        @NotEmpty List<@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String> cities,
        @Min(1) @Max(100_000) int plannedTesters,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate) {

    PlannedPilot plan() {
        return new PlannedPilot(cities.stream().distinct().map(CityId::new).toList(), plannedTesters, startDate, endDate);
    }
}
