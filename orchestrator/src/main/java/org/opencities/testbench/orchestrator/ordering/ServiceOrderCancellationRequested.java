package org.opencities.testbench.orchestrator.ordering;

/**
 * A client asked to cancel an order (TMF641 cancelServiceOrder); published in-process inside the
 * transaction that stored the request. Provisioning stops the items it can and compensates.
 */
public record ServiceOrderCancellationRequested(String orderId, String cancellationId) {
}
