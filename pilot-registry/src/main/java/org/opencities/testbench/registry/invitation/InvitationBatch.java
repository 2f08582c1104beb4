package org.opencities.testbench.registry.invitation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.opencities.testbench.registry.consent.Languages;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotId;

/**
 * Invitations a lab issued together for one pilot: the same expiry and the language the
 * enrolment page opens in. Each invitation is a single-use link; a revoked batch's unused links stop
 * working at once.
 *
 * @param revokedAt when the lab revoked the batch, or {@code null}
 */
public record InvitationBatch(String id, PilotId pilotId, String language, int size, Instant expiresAt,
        Instant createdAt, String createdBy, Instant revokedAt) {

    /** Most invitations one batch may hold. */
    public static final int MAX_SIZE = 500;

    public InvitationBatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pilotId, "pilotId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * A new batch of {@code count} invitations for the pilot, with their tokens, after checking that
     * the pilot takes testers, that the expiry lies within the coming year and the language is served.
     */
    public static Issued issue(Pilot pilot, int count, Instant expiresAt, String language, String actor, Instant now) {
        RecruitingPilots.require(pilot);
        if (count < 1 || count > MAX_SIZE) {
            throw new InvalidInvitationBatch("count", "A batch holds 1 to " + MAX_SIZE + " invitations, not " + count);
        }
        if (!expiresAt.isAfter(now)) {
            throw new InvalidInvitationBatch("expiresAt", "The expiry " + expiresAt + " has passed; choose a later one");
        }
        var latest = now.atOffset(ZoneOffset.UTC).plusYears(1).toInstant();
        if (expiresAt.isAfter(latest)) {
            throw new InvalidInvitationBatch("expiresAt", "Invitations expire within a year, by " + latest
                    + " at the latest");
        }
        if (!Languages.supported(language)) {
            throw new InvalidInvitationBatch("language", "Unsupported language '" + language + "'; use one of "
                    + String.join(", ", Languages.SUPPORTED));
        }
        var batch = new InvitationBatch("batch-" + UUID.randomUUID().toString().substring(0, 13).replace("-", ""),
                pilot.id(), language, count, expiresAt, now, actor, null);
        return new Issued(batch, Stream.generate(SecretToken::generate).limit(count).toList());
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** The batch revoked at {@code at}; a batch revoked before keeps its first revocation. */
    public InvitationBatch revoke(Instant at) {
        return revoked() ? this : new InvitationBatch(id, pilotId, language, size, expiresAt, createdAt, createdBy, at);
    }

    /** A new batch with the tokens of its invitations, which exist only until they are handed out. */
    public record Issued(InvitationBatch batch, List<SecretToken> tokens) {

        public Issued {
            tokens = List.copyOf(tokens);
        }
    }
}
