package org.opencities.testbench.orchestrator.ordering;

/**
 * One item of a service order.
 *
 * @param errorMessage why the item failed, in words a person can act on; {@code null} otherwise
 */
public record ServiceOrderItem(String id, ItemAction action, OrderState state, RequestedService service,
        String errorMessage) {
}
