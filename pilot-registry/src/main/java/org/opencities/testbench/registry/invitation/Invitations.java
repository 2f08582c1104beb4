package org.opencities.testbench.registry.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.opencities.testbench.registry.pilot.PilotId;

/** All invitation batches and their invitations, known by the hashes of their tokens only. */
public interface Invitations {

    /**
     * Stores a new batch with the hashes of its tokens.
     *
     * @param idempotencyKey the creator's {@code Idempotency-Key}, or {@code null}; a key its creator
     *     used before is refused with {@link IdempotencyKeyInUse}
     */
    void add(InvitationBatch batch, List<String> tokenHashes, String idempotencyKey);

    Optional<InvitationBatch> findBatch(String id);

    /** The batch its creator issued under the given idempotency key. */
    Optional<InvitationBatch> findByIdempotencyKey(String creator, String idempotencyKey);

    /** The pilot's batches, newest first, with what became of their invitations as of {@code now}. */
    List<BatchSummary> batches(PilotId pilot, Instant now, int offset, int limit);

    long countBatches(PilotId pilot);

    /** One batch with what became of its invitations as of {@code now}. */
    Optional<BatchSummary> summary(String batchId, Instant now);

    /** Stores the batch's revocation. */
    void revoke(InvitationBatch revoked);

    Optional<Invitation> findByToken(String tokenHash);

    /**
     * Marks the invitation used, unless it was used before: of two enrolments racing for one
     * link exactly one gets {@code true}.
     */
    boolean markUsed(String tokenHash, Instant at);
}
