package org.opencities.testbench.orchestrator.pilot.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.OrchestratorTestApplication;
import org.opencities.testbench.orchestrator.TestClient;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.messaging.EventCatalogue;
import org.opencities.testbench.orchestrator.ordering.ItemAction;
import org.opencities.testbench.orchestrator.ordering.OrderQuery;
import org.opencities.testbench.orchestrator.ordering.OrderState;
import org.opencities.testbench.orchestrator.ordering.ServiceOrder;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderItem;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.opencities.testbench.orchestrator.pilot.PilotOrders;
import org.opencities.testbench.orchestrator.serviceinventory.Service;
import org.opencities.testbench.orchestrator.serviceinventory.ServiceState;
import org.opencities.testbench.orchestrator.serviceinventory.Services;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documented pilot and order events, sent as CloudEvents through the real embedded broker,
 * become service orders. Events on one address are consumed in order, so an event sent after
 * another and then seen processed proves the earlier one was handled.
 */
class PilotOrdersIT {

    static ConfigurableApplicationContext orchestrator;
    static ProducerTemplate broker;
    static ServiceOrders orders;
    static Services services;

    @BeforeAll
    static void start() {
        // the order intake alone: the provisioning saga stays off, so orders stay as stored
        orchestrator = OrchestratorTestApplication.application().run("--server.port=0",
                "--testbench.orchestrator.provisioning.auto-startup=false");
        broker = orchestrator.getBean(ProducerTemplate.class);
        orders = orchestrator.getBean(ServiceOrders.class);
        services = orchestrator.getBean(Services.class);
    }

    @AfterAll
    static void stop() {
        orchestrator.close();
    }

    @Test
    void theDocumentedPilotJourneyOrdersServicesAndRemovesThem() {
        sendPilotEvent(example("pilot.accepted"));
        var provisioning = awaitOrder("pilot-7f3a", PilotOrders.PROVISIONING);

        assertThat(provisioning.state()).isEqualTo(OrderState.ACKNOWLEDGED);
        assertThat(provisioning.items()).extracting(item -> item.service().city()).containsExactly("helsinki", "oulu");
        var helsinki = provisioning.items().get(0).service();
        assertThat(helsinki.pilotId()).isEqualTo("pilot-7f3a");
        assertThat(helsinki.demand().downstream().cirKbps()).isEqualTo(20_000);
        assertThat(helsinki.demand().downstream().pirKbps()).isEqualTo(100_000);
        assertThat(helsinki.demand().upstream().cirKbps()).isEqualTo(5_000);
        assertThat(helsinki.demand().upstream().pirKbps()).isEqualTo(20_000);
        assertThat(helsinki.characteristics()).containsEntry("maxLatencyMs", "30").containsEntry("maxJitterMs", "5")
                .containsEntry("maxLossRatio", "0.001");

        provisioning.items().forEach(item -> services.save(active(provisioning, item)));
        sendPilotEvent(example("pilot.completed"));
        var termination = awaitOrder("pilot-7f3a", PilotOrders.TERMINATION);
        assertThat(termination.items()).extracting(ServiceOrderItem::action).containsOnly(ItemAction.DELETE);
        assertThat(termination.items()).extracting(item -> item.service().serviceId())
                .containsExactlyInAnyOrder(provisioning.id() + "-1", provisioning.id() + "-2");

        sendPilotEvent(example("pilot.withdrawn"));
        sendPilotEvent(example("pilot.accepted"), event -> event.put("id", UUID.randomUUID().toString()));
        String marker = sendAcceptanceOfAnotherPilot();
        awaitOrder(marker, PilotOrders.PROVISIONING);
        assertThat(orders.count(new OrderQuery(null, "pilot-7f3a", PilotOrders.PROVISIONING, null))).isEqualTo(1);
        assertThat(orders.count(new OrderQuery(null, "pilot-7f3a", PilotOrders.TERMINATION, null))).isEqualTo(1);
    }

    @Test
    void anOrderRequestOnTheOrderQueueBecomesAnOrder() {
        String externalId = "requested-" + UUID.randomUUID();
        broker.sendBody("jms:queue:testbench.orders", cloudEvent(example("order.requested"),
                event -> ((ObjectNode) event.get("data")).put("externalId", externalId)));

        var order = awaitOrder(externalId, null);

        assertThat(order.description()).isEqualTo("Pilot pilot-7f3a in helsinki");
        assertThat(order.state()).isEqualTo(OrderState.ACKNOWLEDGED);
        assertThat(order.items().get(0).service().demand().downstream().pirKbps()).isEqualTo(100_000);
    }

    @Test
    void aPilotThatCannotBeServedStillGetsAnOrderWithTheReasons() {
        String pilot = "pilot-" + UUID.randomUUID();
        sendPilotEvent(example("pilot.accepted"), event -> {
            var data = (ObjectNode) event.get("data");
            data.put("pilotId", pilot);
            data.putArray("cities").add("atlantis").add("helsinki");
            ((ObjectNode) data.get("requirements").get("downstream")).put("maximumKbps", 10_000);
        });

        var order = awaitOrder(pilot, PilotOrders.PROVISIONING);

        assertThat(order.state()).isEqualTo(OrderState.REJECTED);
        assertThat(order.items()).extracting(ServiceOrderItem::state).containsOnly(OrderState.REJECTED);
        assertThat(order.items().get(0).errorMessage()).contains("serviceCharacteristic.city", "atlantis");
        assertThat(order.items().get(1).errorMessage()).contains("downstreamPirKbps", "below CIR");
    }

    @Test
    void aPilotWithoutLiveServicesEndsWithoutAnOrder() {
        String pilot = "pilot-" + UUID.randomUUID();

        sendPilotEvent(example("pilot.withdrawn"), event -> ((ObjectNode) event.get("data")).put("pilotId", pilot));
        String marker = sendAcceptanceOfAnotherPilot();
        awaitOrder(marker, PilotOrders.PROVISIONING);

        assertThat(orders.count(new OrderQuery(null, pilot, null, null))).isZero();
    }

    private static String sendAcceptanceOfAnotherPilot() {
        String marker = "pilot-" + UUID.randomUUID();
        sendPilotEvent(example("pilot.accepted"), event -> ((ObjectNode) event.get("data")).put("pilotId", marker));
        return marker;
    }

    private static Service active(ServiceOrder order, ServiceOrderItem item) {
        return new Service(order.id() + "-" + item.id(), order.id(), item.id(), item.service().pilotId(), item.service().city(),
                new SegmentId(item.service().city() + "-co1-olt1-pon1"), ServiceState.ACTIVE, item.service().demand(), null, null);
    }

    private static ServiceOrder awaitOrder(String externalId, String category) {
        var query = new OrderQuery(null, externalId, category, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> orders.count(query) > 0);
        return orders.page(query, 0, 1).get(0);
    }

    private static ObjectNode example(String type) {
        var event = EventCatalogue.events().stream().filter(documented -> documented.type().equals(type)).findFirst().orElseThrow();
        try {
            return (ObjectNode) TestClient.JSON.readTree(Files.readString(event.exampleFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sendPilotEvent(ObjectNode event) {
        sendPilotEvent(event, unchanged -> { });
    }

    /** A changed example is a new event, so it gets an id of its own. */
    private static void sendPilotEvent(ObjectNode event, Consumer<ObjectNode> change) {
        broker.sendBody("jms:topic:testbench.pilot.events", cloudEvent(event, change));
    }

    private static String cloudEvent(ObjectNode event, Consumer<ObjectNode> change) {
        var original = event.deepCopy();
        change.accept(event);
        if (!event.equals(original) && event.get("id").equals(original.get("id"))) {
            event.put("id", UUID.randomUUID().toString());
        }
        return event.toString();
    }
}
