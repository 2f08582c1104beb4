package org.opencities.testbench.orchestrator.ordering;

/**
 * An order was stored in state acknowledged and its items wait to be provisioned. Published
 * in-process, inside the transaction that stored the order; provisioning starts from it.
 */
public record ServiceOrderAcknowledged(ServiceOrder order) {
}
