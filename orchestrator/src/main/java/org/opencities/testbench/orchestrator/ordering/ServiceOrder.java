package org.opencities.testbench.orchestrator.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A TMF641 service order as the orchestrator keeps it. Its state is always derived from its
 * items' states, never set by a client.
 */
public record ServiceOrder(String id, String externalId, String description, OrderState state, Instant orderDate,
        Instant startDate, Instant completionDate, List<ServiceOrderItem> items) {

    public ServiceOrder {
        items = List.copyOf(items);
    }

    public Optional<ServiceOrderItem> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }
}
