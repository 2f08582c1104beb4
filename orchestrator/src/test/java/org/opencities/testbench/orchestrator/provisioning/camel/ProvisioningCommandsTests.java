package org.opencities.testbench.orchestrator.provisioning.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.OrchestratorProperties;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders.ItemRef;
import tools.jackson.databind.json.JsonMapper;

/** The command the outbox keeps for the relay: for the provisioning queue, naming the item in its JMS properties and its data. */
class ProvisioningCommandsTests {

    final JsonMapper json = JsonMapper.builder().build();
    final ProvisioningCommands commands = new ProvisioningCommands(null, json, new OrchestratorProperties(false,
            new OrchestratorProperties.Messaging("testbench.service.events", "testbench.orders", List.of(), "testbench.alarms",
                    "testbench.provisioning"), new OrchestratorProperties.Admission(0.1, 2.0)));

    @Test
    void namesOrderAndItemForTheProvisioningQueue() {
        var message = commands.message(new ItemRef("so-7", "2"));

        assertThat(message.address()).isEqualTo("testbench.provisioning");
        assertThat(message.anycast()).isTrue();
        assertThat(message.type()).isEqualTo("provisioning.requested");
        assertThat(message.properties()).containsOnly(
                entry(ProvisioningSteps.ORDER_ID, "so-7"),
                entry(ProvisioningSteps.ITEM_ID, "2"));
        var body = json.readTree(message.body());
        assertThat(body.get("subject").asString()).isEqualTo("so-7/2");
        assertThat(body.get("id").asString()).isEqualTo(message.eventId().toString());
        assertThat(body.get("data").get("itemId").asString()).isEqualTo("2");
    }

    @Test
    void everyCommandIsAMessageOfItsOwn() {
        var item = new ItemRef("so-7", "2");

        assertThat(commands.message(item).eventId()).isNotEqualTo(commands.message(item).eventId());
    }
}
