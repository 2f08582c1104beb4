package org.opencities.testbench.registry.invitation;

/**
 * A batch with what became of its invitations.
 *
 * @param used invitations a tester enrolled with
 * @param unused invitations that still work
 * @param expired unused invitations that no longer work, because the batch expired or was revoked
 */
public record BatchSummary(InvitationBatch batch, long used, long unused, long expired) {
}
