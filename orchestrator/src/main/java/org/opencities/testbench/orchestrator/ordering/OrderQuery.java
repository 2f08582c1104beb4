package org.opencities.testbench.orchestrator.ordering;

/**
 * Which orders a list asks for; a {@code null} member does not filter.
 */
public record OrderQuery(OrderState state, String externalId, String category, String priority) {

    /** Every order. */
    public static final OrderQuery ALL = new OrderQuery(null, null, null, null);
}
