package org.opencities.testbench.registry.pilot;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.opencities.testbench.registry.RegistryEvent;

/** A lab accepted a pilot: the orchestrator provisions its network in every city it names. */
public record PilotAccepted(UUID eventId, String pilotId, String appId, String organisationId, List<String> cities,
        int plannedTesters, LocalDate startDate, LocalDate endDate, RequiredNetwork requirements)
        implements RegistryEvent {

    @Override
    public String type() {
        return "pilot.accepted";
    }

    @Override
    public String subject() {
        return pilotId;
    }
}
