package org.opencities.testbench.orchestrator.provisioning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencities.testbench.orchestrator.ordering.ItemAction;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderItem;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders.ItemRef;

/**
 * Stored provisioning sagas. A runner claims a saga before it runs its steps, or with its first
 * move, so that two consumers (threads, replicas, a redelivered command and a resume) never run
 * the same saga at once.
 */
public interface ProvisioningSagas {

    Optional<ProvisioningSaga> find(ItemRef item);

    /** The saga with its order item, in one read; empty when either is not stored. */
    Optional<WithItem> findWithItem(ItemRef item);

    /** Stores a new saga at its first step unless the item has one; says whether it stored it. */
    boolean startIfAbsent(ItemRef item, String serviceId, ItemAction action, ProvisioningStep firstStep);

    /**
     * Takes (or renews) the right to run a saga that has not ended; succeeds when nobody holds it,
     * its holder's claim has lapsed, or the claim's runner holds it already. Answers the saga as
     * stored when it succeeded.
     */
    Optional<ProvisioningSaga> claim(ItemRef item, Claim claim);

    /**
     * Moves a saga to a step and status, renewing the claim (and releasing it when the saga ends);
     * keeps the last error unless one is given. The claim must hold the saga, or take it with the
     * move: when nobody holds it (or its holder's claim has lapsed) and it is still at {@code from},
     * the step its runner read it at. A forward move (to running or completed) of an add item does
     * not happen while its cancellation waits. Says whether the saga moved; when it did not, the
     * caller reads the saga again.
     */
    boolean move(ItemRef item, Claim claim, ProvisioningStep from, ProvisioningStep step, SagaStatus status, String lastError);

    /** Counts one more retry of the saga's current step. */
    void retried(ItemRef item);

    /** Marks the saga to back out; a saga that does not exist yet is stored marked. */
    void requestCancellation(ItemRef item, String serviceId, ItemAction action, ProvisioningStep firstStep);

    /** Sagas that have not ended, are not claimed and have not moved since {@code before}, oldest first. */
    List<ItemRef> stalled(Instant before, int limit);

    /** Sagas by status, every status (0 where none is in it), for the metrics. */
    Map<SagaStatus, Long> countByStatus();

    /**
     * Takes a named lease for work only one replica should do at a time (the resume sweep) until
     * {@code until}; says whether {@code holder} has it now.
     */
    boolean lease(String name, String holder, Instant until);

    /** A saga as stored, and the order item it provisions. */
    record WithItem(ProvisioningSaga saga, ServiceOrderItem item) {
    }

    /** A runner's hold on a saga: who runs it, and until when others must leave it alone. */
    record Claim(String runner, Instant until) {
    }
}
