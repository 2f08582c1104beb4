package org.opencities.testbench.orchestrator.admission.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.opencities.testbench.orchestrator.admission.Demand;

/** Whether a city can take a service with these profiles. */
record FeasibilityRequest(@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String city,
        @NotNull ProfileRequest downstream, @NotNull ProfileRequest upstream) {

    Demand demand() {
        return new Demand(downstream.toProfile("downstream."), upstream.toProfile("upstream."));
    }
}
