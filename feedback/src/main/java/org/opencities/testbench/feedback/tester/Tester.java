package org.opencities.testbench.feedback.tester;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A tester's enrolment in one pilot, as feedback knows it from the registry's events: a pseudonym,
 * the attributes reports break down by, the consents given, and the SHA-256 of the tester's
 * personal token (never the token).
 *
 * @param segmentCode the household's PON segment or ONT code, or {@code null}
 * @param withdrawnAt when the tester left the pilot, or {@code null}
 */
public record Tester(String enrolmentId, String pseudonym, String pilotId, String city, String language,
        String device, String platform, String segmentCode, List<ConsentRecord> consents, String tokenSha256,
        Instant enrolledAt, Instant withdrawnAt) {

    public Tester {
        Objects.requireNonNull(enrolmentId, "enrolmentId");
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(pilotId, "pilotId");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(tokenSha256, "tokenSha256");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
        consents = List.copyOf(consents);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** Whether the tester agreed to take part; without it nothing of theirs is collected. */
    public boolean takesPart() {
        return consents.stream().anyMatch(consent -> consent.purpose().equals(ConsentRecord.PARTICIPATION));
    }
}
