package org.opencities.testbench.registry.pilot;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.opencities.testbench.registry.RegistryEvent;

/**
 * A pilot was submitted for review.
 *
 * @param callId the open call it answers; {@code null} for pilots created directly by the lab
 */
public record PilotSubmitted(UUID eventId, String pilotId, String callId, String appId, String organisationId,
        List<String> cities, Instant submittedAt) implements RegistryEvent {

    @Override
    public String type() {
        return "pilot.submitted";
    }

    @Override
    public String subject() {
        return pilotId;
    }
}
