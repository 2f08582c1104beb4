package org.opencities.testbench.registry.invitation;

import java.time.Instant;

/**
 * One invitation, found by the hash of its token, with the batch it belongs to.
 *
 * @param usedAt when a tester enrolled with it, or {@code null}
 */
public record Invitation(String tokenHash, InvitationBatch batch, Instant usedAt) {

    /**
     * Throws unless a tester may enrol with this invitation now: a used one is refused with
     * {@link InvitationUsed}, an expired or revoked one with {@link InvitationExpired}.
     */
    public void requireUsable(Instant now) {
        if (usedAt != null) {
            throw new InvitationUsed(usedAt);
        }
        if (batch.revoked()) {
            throw InvitationExpired.revoked(batch.revokedAt());
        }
        if (batch.expiredAt(now)) {
            throw InvitationExpired.expired(batch.expiresAt());
        }
    }
}
