package org.opencities.testbench.registry.call.web;

import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.opencities.testbench.registry.app.AppCategory;
import org.opencities.testbench.registry.call.CityCapacity;
import org.opencities.testbench.registry.call.Criterion;
import org.opencities.testbench.registry.call.Eligibility;
import org.opencities.testbench.registry.call.InvalidCall;
import org.opencities.testbench.registry.call.OpenCall;
import org.opencities.testbench.registry.city.CityId;

/**
 * A call as a lab manager drafts or revises it. {@code id} and {@code owner} are needed to create
 * one and ignored on revision. Opening and closing are ISO date-times with a zone, such as
 * {@code 2027-01-10T09:00+01:00[Europe/Brussels]}.
 */
record CallRequest(
        @Pattern(regexp = "[a-z][a-z0-9-]{1,59}") String id,
        @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String owner,
        @NotBlank @Size(max = OpenCall.MAX_TITLE) String title,
        @Size(max = OpenCall.MAX_DESCRIPTION) String description,
        @NotBlank String opensAt,
        @NotBlank String closesAt,
        @NotNull @Valid EligibilityRequest eligibility,
        @NotEmpty @Size(max = OpenCall.MAX_CRITERIA) List<@NotNull @Valid CriterionRequest> criteria,
        @Min(1) int maxPilots,
        @NotEmpty List<@NotNull @Valid CapacityRequest> capacities) {

    record EligibilityRequest(List<@Pattern(regexp = "[A-Z]{2}") String> countries, List<@NotNull AppCategory> categories,
            @Min(1) int minTesters, @Min(1) int maxTesters) {
    }

    record CriterionRequest(@NotBlank @Size(max = 100) String name, @Min(1) @Max(Criterion.MAX_WEIGHT) int weight) {
    }

    record CapacityRequest(@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String city, @Min(1) int maxPilots,
            @PositiveOrZero long downstreamKbps, @PositiveOrZero long upstreamKbps) {
    }

    OpenCall.Terms terms() {
        return new OpenCall.Terms(title, description, zoned("opensAt", opensAt), zoned("closesAt", closesAt),
                new Eligibility(eligibility.countries() == null ? List.of() : eligibility.countries(),
                        eligibility.categories() == null ? List.of() : eligibility.categories(),
                        eligibility.minTesters(), eligibility.maxTesters()),
                criteria.stream().map(c -> new Criterion(c.name().strip(), c.weight())).toList(), maxPilots,
                capacities.stream().map(c -> new CityCapacity(new CityId(c.city()), c.maxPilots(), c.downstreamKbps(),
                        c.upstreamKbps())).toList());
    }

    private static ZonedDateTime zoned(String field, String value) {
        try {
            return ZonedDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidCall(field, "'" + value + "' is not an ISO date-time with a zone such as "
                    + "2027-01-10T09:00+01:00[Europe/Brussels]");
        }
    }
}
