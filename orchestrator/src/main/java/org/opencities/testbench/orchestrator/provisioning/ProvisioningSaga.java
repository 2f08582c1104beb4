package org.opencities.testbench.orchestrator.provisioning;

import java.time.Instant;

import org.opencities.testbench.orchestrator.ordering.ItemAction;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders.ItemRef;

/**
 * The stored state of one order item's provisioning.
 *
 * @param serviceId the service the item provisions (add) or terminates (delete)
 * @param step the step to run next, or the last one when the saga has ended
 * @param attempts how many times a step of this saga was tried again after a transient failure
 * @param cancelRequested the order was asked to cancel; the saga backs out before its item completes
 * @param lastError why the saga is backing out or failed, in words a person can act on
 */
public record ProvisioningSaga(ItemRef item, String serviceId, ItemAction action, ProvisioningStep step,
        SagaStatus status, int attempts, boolean cancelRequested, String lastError, Instant createdAt,
        Instant updatedAt) {

    /** The saga as it stands after a move; the last error stays unless another is given. */
    public ProvisioningSaga movedTo(ProvisioningStep nextStep, SagaStatus nextStatus, String error) {
        return new ProvisioningSaga(item, serviceId, action, nextStep, nextStatus, attempts, cancelRequested,
                error == null ? lastError : error, createdAt, updatedAt);
    }

    /** The saga after one more retry of its step. */
    public ProvisioningSaga retried() {
        return new ProvisioningSaga(item, serviceId, action, step, status, attempts + 1, cancelRequested, lastError,
                createdAt, updatedAt);
    }
}
