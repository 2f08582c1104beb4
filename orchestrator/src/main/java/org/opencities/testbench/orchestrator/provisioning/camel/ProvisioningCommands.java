package org.opencities.testbench.orchestrator.provisioning.camel;

import java.util.Map;
import java.util.UUID;

import org.opencities.testbench.orchestrator.OrchestratorProperties;
import org.opencities.testbench.orchestrator.messaging.OutboxMessage;
import org.opencities.testbench.orchestrator.messaging.OutboxWriter;
import org.opencities.testbench.orchestrator.messaging.StructuredCloudEvents;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders.ItemRef;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the command that runs an item's saga through the outbox, in the transaction that made the
 * saga ready (or at once outside one, as the resume sweep does): no command is lost between a
 * commit and a send, and the relay sends the commands of many orders, with their events, in one
 * broker transaction instead of one synchronous send each. A command is a structured CloudEvent of
 * type {@value #TYPE} for the anycast provisioning queue, with the JMS properties {@code orderId}
 * and {@code itemId} that the consumer reads.
 */
@Component
class ProvisioningCommands {

    static final String TYPE = "provisioning.requested";

    private final OutboxWriter outbox;
    private final JsonMapper json;
    private final String queue;

    ProvisioningCommands(OutboxWriter outbox, JsonMapper json, OrchestratorProperties properties) {
        this.outbox = outbox;
        this.json = json;
        this.queue = properties.messaging().provisioning();
    }

    void send(ItemRef item) {
        outbox.write(message(item));
    }

    OutboxMessage message(ItemRef item) {
        // every command is a message of its own: a later one for the same item (a cancellation, a resume) is no duplicate
        var id = UUID.randomUUID();
        var names = Map.of(ProvisioningSteps.ORDER_ID, item.orderId(), ProvisioningSteps.ITEM_ID, item.itemId());
        var body = StructuredCloudEvents.json(id, TYPE, item.orderId() + "/" + item.itemId(), json.writeValueAsBytes(names));
        return new OutboxMessage(id, queue, true, TYPE, body, names);
    }
}
