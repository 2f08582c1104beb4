package org.opencities.testbench.registry.pilot;

import java.time.Instant;
import java.util.UUID;

import org.opencities.testbench.registry.RegistryEvent;

/** A pilot ran to its end: its services are to be terminated. */
public record PilotCompleted(UUID eventId, String pilotId, Instant completedAt) implements RegistryEvent {

    @Override
    public String type() {
        return "pilot.completed";
    }

    @Override
    public String subject() {
        return pilotId;
    }
}
