package org.opencities.testbench.orchestrator.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A TMF641 service order as the orchestrator keeps it. Its state is always derived from its
 * items' states, never set by a client.
 *
 * @param details what the client told beyond the items (priority, category, notes, ...)
 */
public record ServiceOrder(String id, String externalId, String description, OrderState state, Instant orderDate,
        Instant startDate, Instant completionDate, List<ServiceOrderItem> items, OrderDetails details) {

    public ServiceOrder {
        items = List.copyOf(items);
        details = details == null ? OrderDetails.NONE : details;
    }

    /** An order without details. */
    public ServiceOrder(String id, String externalId, String description, OrderState state, Instant orderDate,
            Instant startDate, Instant completionDate, List<ServiceOrderItem> items) {
        this(id, externalId, description, state, orderDate, startDate, completionDate, items, OrderDetails.NONE);
    }

    public Optional<ServiceOrderItem> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }
}
