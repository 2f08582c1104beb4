package org.opencities.testbench.registry.invitation;

import java.time.Instant;
import java.util.Map;

import org.opencities.testbench.registry.Gone;

/** Thrown when an invitation link is used after its expiry or after the lab revoked it. */
public class InvitationExpired extends Gone {

    private final Instant at;

    private InvitationExpired(String message, Map<String, Object> details, Instant at) {
        super(message, details);
        this.at = at;
    }

    public static InvitationExpired expired(Instant expiresAt) {
        return new InvitationExpired("This invitation link expired at " + expiresAt
                + "; ask the living lab for a new one", Map.of("expiresAt", expiresAt.toString()), expiresAt);
    }

    public static InvitationExpired revoked(Instant revokedAt) {
        return new InvitationExpired("The living lab withdrew this invitation link at " + revokedAt
                + "; ask it for a new one", Map.of("revokedAt", revokedAt.toString()), revokedAt);
    }

    /** When the link stopped working. */
    public Instant at() {
        return at;
    }
}
