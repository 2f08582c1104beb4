package org.opencities.testbench.orchestrator.ordering;

/**
 * An order was stored, whatever its items' states; published in-process inside the storing
 * transaction so that hub listeners hear of every order.
 */
public record ServiceOrderCreated(String orderId) {
}
