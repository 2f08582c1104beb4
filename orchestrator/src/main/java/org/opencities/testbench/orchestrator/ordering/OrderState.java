package org.opencities.testbench.orchestrator.ordering;

import java.util.Arrays;
import java.util.Collection;

/** States of a TMF641 service order and of its items, with their TM Forum names. */
public enum OrderState {
    ACKNOWLEDGED("acknowledged"),
    REJECTED("rejected"),
    PENDING("pending"),
    HELD("held"),
    IN_PROGRESS("inProgress"),
    CANCELLED("cancelled"),
    COMPLETED("completed"),
    FAILED("failed"),
    PARTIAL("partial"),
    ASSESSING_CANCELLATION("assessingCancellation"),
    PENDING_CANCELLATION("pendingCancellation");

    private final String tmfName;

    OrderState(String tmfName) {
        this.tmfName = tmfName;
    }

    /** The state as TMF641 writes it, e.g. {@code inProgress}. */
    public String tmfName() {
        return tmfName;
    }

    public boolean terminal() {
        return this == COMPLETED || this == FAILED || this == PARTIAL || this == REJECTED || this == CANCELLED;
    }

    public static OrderState ofTmfName(String name) {
        return Arrays.stream(values()).filter(state -> state.tmfName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a TMF641 state; one of "
                        + Arrays.stream(values()).map(OrderState::tmfName).toList()));
    }

    /**
     * The order's state from its items' (SPECS section 2): all completed gives completed, all failed
     * failed, all terminal with some failed partial; all cancelled cancelled, all rejected rejected;
     * otherwise the order is in progress once any item has left acknowledged.
     */
    public static OrderState derive(Collection<OrderState> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one item");
        }
        for (OrderState uniform : new OrderState[] {COMPLETED, FAILED, CANCELLED, REJECTED, ACKNOWLEDGED, HELD, PENDING}) {
            if (items.stream().allMatch(uniform::equals)) {
                return uniform;
            }
        }
        if (items.stream().allMatch(OrderState::terminal)) {
            return items.contains(COMPLETED) ? PARTIAL : FAILED;
        }
        if (items.contains(PENDING_CANCELLATION) || items.contains(ASSESSING_CANCELLATION)) {
            return PENDING_CANCELLATION;
        }
        return IN_PROGRESS;
    }
}
