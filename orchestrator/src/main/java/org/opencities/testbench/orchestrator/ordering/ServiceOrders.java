package org.opencities.testbench.orchestrator.ordering;

import java.util.List;
import java.util.Optional;

/** Stored service orders. */
public interface ServiceOrders {

    Optional<ServiceOrder> find(String orderId);

    /**
     * Moves one item to a state (with the reason when it failed), derives the order's state from its
     * items, stamps start and completion dates, and - when the order's state changed - publishes
     * {@code order.stateChanged} and notifies the hub's listeners, in the caller's transaction.
     *
     * @return the order after the change
     */
    ServiceOrder moveItem(String orderId, String itemId, OrderState state, String errorMessage);

    /** Items not yet in a terminal state, oldest order first, at most {@code limit}: what a restart must resume. */
    List<ItemRef> unfinishedItems(int limit);

    /** An order item by its order's id and its own. */
    record ItemRef(String orderId, String itemId) {
    }
}
