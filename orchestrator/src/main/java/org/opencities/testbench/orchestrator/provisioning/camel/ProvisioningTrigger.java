package org.opencities.testbench.orchestrator.provisioning.camel;

import java.util.List;

import org.opencities.testbench.orchestrator.ordering.ServiceOrder;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderAcknowledged;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderCancellationRequested;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderItem;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders.ItemRef;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSagas;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts provisioning with the order: inside the transaction that stores it, every unfinished
 * item gets its saga row (so an order never exists without its sagas) and its command, in the
 * outbox ({@link ProvisioningCommands}). A cancellation marks the sagas in its own transaction and
 * sends them a command the same way.
 */
@Component
class ProvisioningTrigger {

    private final ServiceOrders orders;
    private final ProvisioningSagas sagas;
    private final ProvisioningCommands commands;

    ProvisioningTrigger(ServiceOrders orders, ProvisioningSagas sagas, ProvisioningCommands commands) {
        this.orders = orders;
        this.sagas = sagas;
        this.commands = commands;
    }

    @EventListener
    void acknowledged(ServiceOrderAcknowledged event) {
        var order = event.order();
        for (var item : unfinished(order)) {
            var ref = new ItemRef(order.id(), item.id());
            sagas.startIfAbsent(ref, ProvisioningSteps.serviceIdOf(ref, item), item.action(), ProvisioningSteps.firstStep());
            commands.send(ref);
        }
    }

    @EventListener
    void cancellationRequested(ServiceOrderCancellationRequested event) {
        orders.find(event.orderId()).ifPresent(order -> {
            for (var item : unfinished(order)) {
                var ref = new ItemRef(order.id(), item.id());
                sagas.requestCancellation(ref, ProvisioningSteps.serviceIdOf(ref, item), item.action(), ProvisioningSteps.firstStep());
                commands.send(ref);
            }
        });
    }

    private static List<ServiceOrderItem> unfinished(ServiceOrder order) {
        return order.items().stream().filter(item -> !item.state().terminal()).toList();
    }
}
