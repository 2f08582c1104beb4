package org.opencities.testbench.orchestrator.provisioning;

/** Where a provisioning saga stands as a whole. */
public enum SagaStatus {
    /** Going forward: an add item towards active, a delete item towards terminated. */
    RUNNING,
    /** Backing out after a failure; ends {@link #FAILED}. */
    COMPENSATING,
    /** Backing out after a cancellation; ends {@link #CANCELLED}. */
    CANCELLING,
    COMPLETED,
    FAILED,
    CANCELLED;

    public boolean terminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
