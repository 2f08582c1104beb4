package org.opencities.testbench.orchestrator.ordering;

import java.util.Optional;

/** Creating requests seen with an {@code Idempotency-Key}, so that a retried POST gets the same order. */
public interface OrderRequests {

    Optional<Seen> find(String caller, String idempotencyKey);

    /** Remembers the order a request created, in the caller's transaction; a key already taken fails that transaction. */
    void remember(String caller, String idempotencyKey, String fingerprint, String orderId);

    /** A remembered request: a fingerprint of its body and the order it created. */
    record Seen(String fingerprint, String orderId) {
    }
}
