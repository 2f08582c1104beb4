package org.opencities.testbench.orchestrator.ordering;

import org.opencities.testbench.orchestrator.Unprocessable;

/** An order in a terminal state cannot be cancelled any more. */
public class OrderNotCancellable extends Unprocessable {

    public OrderNotCancellable(String orderId, OrderState state) {
        super("serviceOrder.id", "Order " + orderId + " is " + state.tmfName()
                + " and cannot be cancelled; order a delete item to remove its services");
    }
}
