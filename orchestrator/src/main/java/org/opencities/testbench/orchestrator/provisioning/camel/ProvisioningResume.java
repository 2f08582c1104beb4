package org.opencities.testbench.orchestrator.provisioning.camel;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders.ItemRef;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSagas;
import org.springframework.stereotype.Component;

/**
 * Finds what must be resumed: sagas that have not ended, are not claimed and have not moved for a
 * while, and unfinished order items that have no saga at all (their command was lost in a crash).
 * One replica at a time does it, under a database lease.
 */
@Component
class ProvisioningResume {

    static final String LEASE = "resume";

    private final String holder = UUID.randomUUID().toString();
    private final ProvisioningSagas sagas;
    private final ServiceOrders orders;
    private final ProvisioningProperties properties;

    ProvisioningResume(ProvisioningSagas sagas, ServiceOrders orders, ProvisioningProperties properties) {
        this.sagas = sagas;
        this.orders = orders;
        this.properties = properties;
    }

    /** The items to send a command for again; empty when another replica holds the lease. */
    List<ItemRef> stalled() {
        var now = Instant.now();
        if (!sagas.lease(LEASE, holder, now.plus(properties.resumeEvery().multipliedBy(2)))) {
            return List.of();
        }
        var items = new LinkedHashSet<>(sagas.stalled(now.minus(properties.stalledAfter()), properties.resumeBatch()));
        for (ItemRef item : orders.unfinishedItems(properties.resumeBatch())) {
            if (sagas.find(item).isEmpty()) {
                items.add(item);
            }
        }
        return List.copyOf(items);
    }
}
