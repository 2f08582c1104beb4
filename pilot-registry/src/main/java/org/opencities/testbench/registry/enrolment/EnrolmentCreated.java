package org.opencities.testbench.registry.enrolment;

import java.util.List;
import java.util.UUID;

import org.opencities.testbench.registry.RegistryEvent;

/**
 * A tester joined a pilot: feedback invites them to its questionnaires in their language. Carries
 * the pseudonym and attributes, never contact data.
 *
 * @param testerTokenSha256 hex SHA-256 of the tester's personal token, so that other modules can
 *     recognise the tester presenting the token (header {@code X-Tester-Token}) without ever holding it
 */
public record EnrolmentCreated(UUID eventId, String enrolmentId, String pilotId, String tester, String city,
        String language, String device, String platform, String segmentCode, List<Consent> consents,
        String testerTokenSha256) implements RegistryEvent {

    /** A consent given, by purpose code and text version. */
    public record Consent(String purpose, int version) {
    }

    static EnrolmentCreated of(Enrolment enrolment, String testerTokenSha256) {
        return new EnrolmentCreated(UUID.randomUUID(), enrolment.id(), enrolment.pilotId().value(),
                enrolment.tester().value(), enrolment.city(), enrolment.language(), enrolment.device().code(),
                enrolment.platform().code(), enrolment.segmentCode().orElse(null),
                enrolment.consents().stream().map(given -> new Consent(given.purpose().code(), given.version())).toList(),
                testerTokenSha256);
    }

    @Override
    public String type() {
        return "enrolment.created";
    }

    @Override
    public String subject() {
        return enrolmentId;
    }
}
