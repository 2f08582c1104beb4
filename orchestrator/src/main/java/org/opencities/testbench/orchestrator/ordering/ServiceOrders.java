package org.opencities.testbench.orchestrator.ordering;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored service orders. */
public interface ServiceOrders {

    Optional<ServiceOrder> find(String orderId);

    /** One item of an order, without the rest of the order. */
    Optional<ServiceOrderItem> item(ItemRef item);

    /**
     * Stores a new order from a draft (id, state and dates left {@code null}) with the order and
     * its items acknowledged, and publishes {@link ServiceOrderCreated} and - when any item is
     * acknowledged - {@link ServiceOrderAcknowledged} in the caller's transaction. The draft's items
     * must already be valid: their profiles validated, their cities and services known. A draft
     * item already in state {@link OrderState#REJECTED} (an event that could not become a valid
     * item) is stored rejected with its error message, and the order's state is derived.
     *
     * @return the stored order with its id and order date
     */
    ServiceOrder create(ServiceOrder draft);

    /**
     * Moves one item to a state (with the reason when it failed), derives the order's state from its
     * items, stamps start and completion dates, and - when the order's state changed - publishes
     * {@code order.stateChanged} and notifies the hub's listeners, in the caller's transaction.
     */
    void moveItem(String orderId, String itemId, OrderState state, String errorMessage);

    /** Items not yet in a terminal state, oldest order first, at most {@code limit}: what a restart must resume. */
    List<ItemRef> unfinishedItems(int limit);

    /** Orders newest first, {@code limit} of them from {@code offset}. */
    List<ServiceOrder> page(OrderQuery query, int offset, int limit);

    long count(OrderQuery query);

    /** Orders by state, every state (0 where none is in it), for the metrics. */
    Map<OrderState, Long> countByState();

    /** Replaces what a client may edit (external id, description, details); items and states stay. */
    ServiceOrder amend(String orderId, String externalId, String description, OrderDetails details);

    /**
     * Records a cancellation request: every unfinished item moves to assessingCancellation (so the
     * order to pendingCancellation) and {@link ServiceOrderCancellationRequested} is published, in
     * the caller's transaction. Provisioning finishes it by moving the items to cancelled.
     *
     * @throws OrderNotCancellable when the order is already in a terminal state
     */
    Cancellation requestCancellation(String orderId, String reason);

    Optional<Cancellation> findCancellation(String cancellationId);

    /** An order item by its order's id and its own. */
    record ItemRef(String orderId, String itemId) {
    }
}
