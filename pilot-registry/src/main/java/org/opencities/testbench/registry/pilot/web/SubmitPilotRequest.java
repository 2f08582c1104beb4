package org.opencities.testbench.registry.pilot.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.opencities.testbench.registry.pilot.RequiredNetwork;

/** A pilot plan entered directly by a lab, until pilots arrive through open calls. */
record SubmitPilotRequest(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,59}") String appId,
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,59}") String organisationId,
        @NotEmpty List<@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String> cities,
        @Min(1) @Max(100_000) int plannedTesters,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull @Valid Requirements requirements) {

    record Requirements(@NotNull @Valid Rates downstream, @NotNull @Valid Rates upstream,
            @Positive int maxLatencyMs, @PositiveOrZero int maxJitterMs,
            @DecimalMin("0") @DecimalMax("1") double maxLossRatio) {
    }

    record Rates(@PositiveOrZero long guaranteedKbps, @Positive long maximumKbps) {
    }

    RequiredNetwork network() {
        return new RequiredNetwork(
                new RequiredNetwork.Bandwidth(requirements.downstream().guaranteedKbps(), requirements.downstream().maximumKbps()),
                new RequiredNetwork.Bandwidth(requirements.upstream().guaranteedKbps(), requirements.upstream().maximumKbps()),
                requirements.maxLatencyMs(), requirements.maxJitterMs(), requirements.maxLossRatio());
    }
}
