package org.opencities.testbench.registry.pilot;

import java.time.Instant;
import java.util.UUID;

import org.opencities.testbench.registry.RegistryEvent;

/** A pilot was withdrawn before its end: its services are to be terminated. */
public record PilotWithdrawn(UUID eventId, String pilotId, String reason, Instant withdrawnAt) implements RegistryEvent {

    @Override
    public String type() {
        return "pilot.withdrawn";
    }

    @Override
    public String subject() {
        return pilotId;
    }
}
