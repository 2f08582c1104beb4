package org.opencities.testbench.registry.pilot.web;

import java.time.LocalDate;
import java.util.List;

import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.RequiredNetwork;

/** A pilot as the REST API shows it; its version travels as the ETag. */
record PilotResponse(String id, String appId, String organisationId, List<String> cities, int plannedTesters,
        LocalDate startDate, LocalDate endDate, RequiredNetwork requirements, String state,
        List<String> allowedTransitions, long version) {

    static PilotResponse of(Pilot pilot) {
        return new PilotResponse(pilot.id().value(), pilot.appId(), pilot.organisationId(), pilot.cities(),
                pilot.plannedTesters(), pilot.startDate(), pilot.endDate(), pilot.requirements(), pilot.state().name(),
                pilot.state().allowedTargets().stream().map(Enum::name).toList(), pilot.version());
    }
}
