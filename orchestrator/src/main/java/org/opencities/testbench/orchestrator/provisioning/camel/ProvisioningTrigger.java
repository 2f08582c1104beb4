package org.opencities.testbench.orchestrator.provisioning.camel;

import java.util.List;

import org.apache.camel.ProducerTemplate;
import org.opencities.testbench.orchestrator.messaging.AfterCommit;
import org.opencities.testbench.orchestrator.ordering.ServiceOrder;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderAcknowledged;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderCancellationRequested;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders.ItemRef;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSagas;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts provisioning with the order: inside the transaction that stores it, every unfinished
 * item gets its saga row (so an order never exists without its sagas); once the transaction has
 * committed, one command per item goes to the provisioning queue. A command lost in a crash
 * between the two is made up by the resume sweep, which finds the saga stalled. A cancellation
 * marks the sagas in its own transaction and sends them a command the same way.
 * <p>
 * These are plain listeners with a commit hook ({@link AfterCommit}) rather than outbox-backed transactional listeners:
 * the sagas already make the work durable, and an outbox entry per order would cost every POST a
 * second database connection after its commit.
 */
@Component
class ProvisioningTrigger {

    private final ServiceOrders orders;
    private final ProvisioningSagas sagas;
    private final ProducerTemplate producer;

    ProvisioningTrigger(ServiceOrders orders, ProvisioningSagas sagas, ProducerTemplate producer) {
        this.orders = orders;
        this.sagas = sagas;
        this.producer = producer;
    }

    @EventListener
    void acknowledged(ServiceOrderAcknowledged event) {
        var order = event.order();
        var items = unfinished(order);
        for (ItemRef ref : items) {
            var item = order.item(ref.itemId()).orElseThrow();
            sagas.startIfAbsent(ref, ProvisioningSteps.serviceIdOf(ref, item), item.action(), ProvisioningSteps.firstStep());
        }
        AfterCommit.run(() -> items.forEach(this::send));
    }

    @EventListener
    void cancellationRequested(ServiceOrderCancellationRequested event) {
        orders.find(event.orderId()).ifPresent(order -> {
            var items = unfinished(order);
            for (ItemRef ref : items) {
                var item = order.item(ref.itemId()).orElseThrow();
                sagas.requestCancellation(ref, ProvisioningSteps.serviceIdOf(ref, item), item.action(), ProvisioningSteps.firstStep());
            }
            AfterCommit.run(() -> items.forEach(this::send));
        });
    }

    private static List<ItemRef> unfinished(ServiceOrder order) {
        return order.items().stream().filter(item -> !item.state().terminal()).map(item -> new ItemRef(order.id(), item.id())).toList();
    }

    private void send(ItemRef item) {
        producer.sendBody(ProvisioningRoutes.COMMANDS, item);
    }
}
