package org.opencities.testbench.registry.invitation.web;

import java.time.Instant;

import org.opencities.testbench.registry.invitation.BatchSummary;

/** A batch of invitations and what became of them; never its links. */
record InvitationBatchResponse(String id, String pilotId, String language, int size, Instant expiresAt,
        Instant createdAt, String createdBy, Instant revokedAt, long used, long unused, long expired) {

    static InvitationBatchResponse of(BatchSummary summary) {
        var batch = summary.batch();
        return new InvitationBatchResponse(batch.id(), batch.pilotId().value(), batch.language(), batch.size(),
                batch.expiresAt(), batch.createdAt(), batch.createdBy(), batch.revokedAt(), summary.used(),
                summary.unused(), summary.expired());
    }
}
