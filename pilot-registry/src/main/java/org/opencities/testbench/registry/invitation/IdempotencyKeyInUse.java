package org.opencities.testbench.registry.invitation;

import org.opencities.testbench.registry.Conflict;

/** Two requests with one Idempotency-Key raced to create a batch; the later one is refused. */
public class IdempotencyKeyInUse extends Conflict {

    public IdempotencyKeyInUse() {
        super("A request with this Idempotency-Key is creating a batch right now; repeat yours to read its outcome");
    }
}
