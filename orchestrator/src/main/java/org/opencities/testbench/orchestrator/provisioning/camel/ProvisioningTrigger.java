package org.opencities.testbench.orchestrator.provisioning.camel;

import org.apache.camel.ProducerTemplate;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderAcknowledged;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderCancellationRequested;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders.ItemRef;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSagas;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts provisioning once an order is committed: one command per item on the provisioning queue.
 * A cancellation marks the unfinished items' sagas and sends them a command, so that a saga
 * nobody runs at the moment backs out too.
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

    @TransactionalEventListener
    void acknowledged(ServiceOrderAcknowledged event) {
        orders.find(event.orderId()).ifPresent(order -> order.items().forEach(
                item -> producer.sendBody(ProvisioningRoutes.COMMANDS, new ItemRef(order.id(), item.id()))));
    }

    @TransactionalEventListener
    void cancellationRequested(ServiceOrderCancellationRequested event) {
        orders.find(event.orderId()).ifPresent(order -> order.items().stream()
                .filter(item -> !item.state().terminal())
                .forEach(item -> {
                    var ref = new ItemRef(order.id(), item.id());
                    sagas.requestCancellation(ref, ProvisioningSteps.serviceIdOf(ref, item), item.action(),
                            ProvisioningSteps.firstStep());
                    producer.sendBody(ProvisioningRoutes.COMMANDS, ref);
                }));
    }
}
