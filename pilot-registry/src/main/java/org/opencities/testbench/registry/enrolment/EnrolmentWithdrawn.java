package org.opencities.testbench.registry.enrolment;

import java.time.Instant;
import java.util.UUID;

import org.opencities.testbench.registry.RegistryEvent;

/** A tester left a pilot: feedback stops inviting them and leaves their answers out of new results. */
public record EnrolmentWithdrawn(UUID eventId, String enrolmentId, String pilotId, String tester, Instant withdrawnAt)
        implements RegistryEvent {

    @Override
    public String type() {
        return "enrolment.withdrawn";
    }

    @Override
    public String subject() {
        return enrolmentId;
    }
}
