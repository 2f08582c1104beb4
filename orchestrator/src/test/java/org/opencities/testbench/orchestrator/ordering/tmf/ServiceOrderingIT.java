package org.opencities.testbench.orchestrator.ordering.tmf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.opencities.testbench.orchestrator.TestClient.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencities.testbench.orchestrator.OrchestratorTestApplication;
import org.opencities.testbench.orchestrator.TestClient;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.ordering.OrderState;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.opencities.testbench.orchestrator.serviceinventory.Service;
import org.opencities.testbench.orchestrator.serviceinventory.ServiceState;
import org.opencities.testbench.orchestrator.serviceinventory.Services;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * TMF641 and TMF638 over real HTTP on the module's test application (H2, embedded broker, demo
 * topology), every answer checked against the official swagger definitions.
 */
class ServiceOrderingIT {

    static final String ORDERS = "/tmf-api/serviceOrdering/v4/serviceOrder";
    static final String EXAMPLE = read(Path.of("..", "docs", "examples", "tmf641-service-order.json"));

    static ConfigurableApplicationContext orchestrator;
    static TestClient operator;

    @BeforeAll
    static void start() {
        // the order intake alone: the provisioning saga stays off, so orders stay as stored
        orchestrator = OrchestratorTestApplication.application().run("--server.port=0",
                "--testbench.orchestrator.provisioning.auto-startup=false");
        operator = new TestClient(((WebServerApplicationContext) orchestrator).getWebServer().getPort(), "operator", "operator");
    }

    @AfterAll
    static void stop() {
        orchestrator.close();
    }

    @Test
    void acknowledgesTheExampleOrderAndReadsItBackAsSent() {
        var response = operator.post(ORDERS, EXAMPLE);

        assertThat(response.statusCode()).isEqualTo(201);
        var order = json(response);
        assertThat(order.get("id").asString()).isNotBlank();
        assertThat(response.headers().firstValue("Location")).contains(order.get("href").asString());
        assertThat(order.get("href").asString()).startsWith("http://127.0.0.1:").endsWith(ORDERS + "/" + order.get("id").asString());
        assertThat(order.get("state").asString()).isEqualTo("acknowledged");
        assertThat(order.get("orderDate").asString()).isNotBlank();
        assertValid("ServiceOrder", order);

        var read = json(operator.get(ORDERS + "/" + order.get("id").asString()));
        var sent = TestClient.JSON.readTree(EXAMPLE);
        for (String member : List.of("externalId", "description", "priority", "category", "requestedStartDate",
                "requestedCompletionDate", "note", "relatedParty")) {
            assertThat(read.get(member)).as(member).isEqualTo(sent.get(member));
        }
        var item = read.get("serviceOrderItem").get(0);
        assertThat(item.get("state").asString()).isEqualTo("acknowledged");
        assertThat(item.get("service").get("serviceCharacteristic"))
                .isEqualTo(sent.get("serviceOrderItem").get(0).get("service").get("serviceCharacteristic"));
        assertValid("ServiceOrder", read);
    }

    @Test
    void theValidatorCatchesWhatBreaksTheDefinition() {
        var order = (ObjectNode) json(operator.post(ORDERS, EXAMPLE));
        order.put("state", "finished");

        assertThat(TmfSchemas.violations(TmfSchemas.TMF641, "ServiceOrder", order)).isNotEmpty();
    }

    @Test
    void listsOrdersWithFiltersFieldsAndCounts() {
        String externalId = "list-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            operator.post(ORDERS, example(order -> order.put("externalId", externalId).put("priority", "2")));
        }
        var started = json(operator.post(ORDERS, example(order -> order.put("externalId", externalId))));
        orchestrator.getBean(ServiceOrders.class).moveItem(started.get("id").asString(), "1", OrderState.IN_PROGRESS, null);

        var page = operator.get(ORDERS + "?externalId=" + externalId + "&priority=2&fields=state,externalId&offset=1&limit=1");
        var inProgress = operator.get(ORDERS + "?externalId=" + externalId + "&state=inProgress");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Total-Count")).contains("3");
        assertThat(page.headers().firstValue("X-Result-Count")).contains("1");
        var only = json(page).get(0);
        assertThat(only.propertyNames()).containsExactlyInAnyOrder("id", "href", "state", "externalId");
        assertValid("ServiceOrder", only);
        assertThat(json(inProgress)).hasSize(1);
        assertThat(json(inProgress).get(0).get("id")).isEqualTo(started.get("id"));
        assertThat(json(inProgress).get(0).get("startDate")).isNotNull();
        assertThat(operator.get(ORDERS + "?state=done").statusCode()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no items                 | {"serviceOrderItem": []}                                                                                  | serviceOrderItem
            a client-set state       | {"state": "completed", "serviceOrderItem": [ITEM]}                                                        | state
            an item state            | {"serviceOrderItem": [{"id": "1", "state": "completed", "action": "add", "service": {}}]}                | serviceOrderItem[0].state
            a missing item id        | {"serviceOrderItem": [{"action": "add", "service": {}}]}                                                  | serviceOrderItem[0].id
            twice the same item id   | {"serviceOrderItem": [ITEM, ITEM]}                                                                        | serviceOrderItem[1].id
            an unknown action        | {"serviceOrderItem": [{"id": "1", "action": "move", "service": {}}]}                                      | serviceOrderItem[0].action
            no service               | {"serviceOrderItem": [{"id": "1", "action": "add"}]}                                                      | serviceOrderItem[0].service
            another specification    | {"serviceOrderItem": [{"id": "1", "action": "add", "service": {"serviceSpecification": {"id": "tv"}}}]}   | serviceOrderItem[0].service.serviceSpecification.id
            PIR below CIR            | {"serviceOrderItem": [ITEM_PIR_BELOW_CIR]}                                                                | serviceOrderItem[0].service.serviceCharacteristic.downstreamPirKbps
            a city without segments  | {"serviceOrderItem": [ITEM_ATLANTIS]}                                                                     | serviceOrderItem[0].service.serviceCharacteristic.city
            a rate that is no number | {"serviceOrderItem": [ITEM_TEXT_RATE]}                                                                    | serviceOrderItem[0].service.serviceCharacteristic.upstreamPirKbps
            deleting an unknown one  | {"serviceOrderItem": [{"id": "1", "action": "delete", "service": {"id": "svc-none"}}]}                    | serviceOrderItem[0].service.id
            modifying without an id  | {"serviceOrderItem": [{"id": "1", "action": "modify", "service": {"serviceSpecification": {"id": "pon-bandwidth"}}}]} | serviceOrderItem[0].service.id
            """)
    void refusesInvalidOrdersNamingTheFieldAndStoresNothing(String what, String body, String field) {
        long before = total();

        var response = operator.post(ORDERS, body
                .replace("ITEM_PIR_BELOW_CIR", item("helsinki", 20_000, 10_000))
                .replace("ITEM_ATLANTIS", item("atlantis", 20_000, 100_000))
                .replace("ITEM_TEXT_RATE", item("helsinki", 20_000, 100_000).replace("\"value\": 20000}]", "\"value\": \"fast\"}]"))
                .replace("ITEM", item("helsinki", 20_000, 100_000)));

        assertThat(response.statusCode()).as(response.body()).isIn(400, 422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(json(response).get("errors").get(0).get("reason").asString()).isNotBlank();
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void patchEditsWhatAClientMayAndRefusesTheRest() {
        var order = json(operator.post(ORDERS, EXAMPLE));
        String href = ORDERS + "/" + order.get("id").asString();

        var patched = operator.patch(href, """
                {"description": "now in Oulu too", "priority": null, "note": [{"text": "moved"}]}""");

        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(json(patched).get("description").asString()).isEqualTo("now in Oulu too");
        assertThat(json(patched).has("priority")).isFalse();
        assertThat(json(patched).get("note").get(0).get("text").asString()).isEqualTo("moved");
        assertThat(json(patched).get("category")).isEqualTo(order.get("category"));
        assertValid("ServiceOrder", json(patched));
        for (String member : List.of("state", "serviceOrderItem", "id", "orderDate")) {
            var refused = operator.patch(href, "{\"" + member + "\": \"x\"}");
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(json(refused).get("errors").get(0).get("field").asString()).isEqualTo(member);
            assertThat(json(refused).get("detail").asString()).contains("not editable");
        }
        assertThat(json(operator.get(href)).get("state").asString()).isEqualTo("acknowledged");
        assertThat(operator.patch(ORDERS + "/nope", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void theSameIdempotencyKeyFromTheSameCallerGivesTheSameOrder() {
        String key = UUID.randomUUID().toString();
        long before = total();

        var first = operator.post(ORDERS, EXAMPLE, "Idempotency-Key", key);
        var again = operator.post(ORDERS, EXAMPLE, "Idempotency-Key", key);
        var otherBody = operator.post(ORDERS, example(order -> order.put("description", "other")), "Idempotency-Key", key);
        var otherCaller = operator.as("admin", "admin").post(ORDERS, EXAMPLE, "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json(again).get("id")).isEqualTo(json(first).get("id"));
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(json(otherCaller).get("id")).isNotEqualTo(json(first).get("id"));
        assertThat(total()).isEqualTo(before + 2);
    }

    @Test
    void cancelsAnUnfinishedOrderAndRefusesAFinishedOne() {
        String orderId = json(operator.post(ORDERS, EXAMPLE)).get("id").asString();

        var cancel = operator.post("/tmf-api/serviceOrdering/v4/cancelServiceOrder",
                "{\"serviceOrder\": {\"id\": \"" + orderId + "\"}, \"cancellationReason\": \"pilot postponed\"}");

        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(201);
        assertThat(json(cancel).get("state").asString()).isEqualTo("inProgress");
        assertValid("CancelServiceOrder", json(cancel));
        String cancelPath = "/tmf-api/serviceOrdering/v4/cancelServiceOrder/" + json(cancel).get("id").asString();
        var read = operator.get(cancelPath);
        assertThat(json(read).get("serviceOrder").get("id").asString()).isEqualTo(orderId);
        var order = json(operator.get(ORDERS + "/" + orderId));
        assertThat(order.get("state").asString()).isEqualTo("pendingCancellation");
        assertThat(order.get("cancellationReason").asString()).isEqualTo("pilot postponed");

        var orders = orchestrator.getBean(ServiceOrders.class);
        orders.moveItem(orderId, "1", OrderState.CANCELLED, null);
        assertThat(json(operator.get(cancelPath)).get("state").asString()).isEqualTo("done");
        var again = operator.post("/tmf-api/serviceOrdering/v4/cancelServiceOrder", "{\"serviceOrder\": {\"id\": \"" + orderId + "\"}}");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(json(again).get("detail").asString()).contains("cancelled");
        assertThat(operator.post("/tmf-api/serviceOrdering/v4/cancelServiceOrder", "{\"serviceOrder\": {}}").statusCode())
                .isEqualTo(422);
    }

    @Test
    void hubListenersHearOfCreatedOrdersAndStateChanges() throws IOException {
        var received = new CopyOnWriteArrayList<JsonNode>();
        var listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/events", exchange -> {
            received.add(TestClient.JSON.readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        listener.start();
        try {
            var hub = operator.post("/tmf-api/serviceOrdering/v4/hub",
                    "{\"callback\": \"http://127.0.0.1:" + listener.getAddress().getPort() + "/events\"}");
            var failing = operator.post("/tmf-api/serviceOrdering/v4/hub", "{\"callback\": \"http://127.0.0.1:9/nobody\"}");
            assertThat(hub.statusCode()).isEqualTo(201);
            assertValid("EventSubscription", json(hub));

            var created = operator.post(ORDERS, EXAMPLE);
            assertThat(created.statusCode()).isEqualTo(201);
            String orderId = json(created).get("id").asString();
            orchestrator.getBean(ServiceOrders.class).moveItem(orderId, "1", OrderState.IN_PROGRESS, null);

            await().atMost(Duration.ofSeconds(10)).until(() -> events(received, orderId).size() == 2);
            var events = events(received, orderId);
            var create = events.stream().filter(e -> e.get("eventType").asString().equals("ServiceOrderCreateEvent")).findFirst().orElseThrow();
            var change = events.stream().filter(e -> e.get("eventType").asString().equals("ServiceOrderStateChangeEvent")).findFirst().orElseThrow();
            assertValid("ServiceOrderCreateEvent", create);
            assertValid("ServiceOrderStateChangeEvent", change);
            assertThat(change.get("event").get("serviceOrder").get("state").asString()).isEqualTo("inProgress");
            assertThat(change.get("eventId").asString()).isNotBlank();

            assertThat(operator.delete("/tmf-api/serviceOrdering/v4/hub/" + json(hub).get("id").asString()).statusCode()).isEqualTo(204);
            assertThat(operator.delete("/tmf-api/serviceOrdering/v4/hub/" + json(hub).get("id").asString()).statusCode()).isEqualTo(404);
            assertThat(operator.delete("/tmf-api/serviceOrdering/v4/hub/" + json(failing).get("id").asString()).statusCode()).isEqualTo(204);
            assertThat(operator.post("/tmf-api/serviceOrdering/v4/hub", "{\"callback\": \"ftp://x\"}").statusCode()).isEqualTo(422);
        } finally {
            listener.stop(0);
        }
    }

    @Test
    void aListenerThatFailsOnceHearsTheEventOnTheNextAttempt() throws IOException {
        var calls = new AtomicInteger();
        var received = new CopyOnWriteArrayList<JsonNode>();
        var listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/flaky", exchange -> {
            var event = TestClient.JSON.readTree(exchange.getRequestBody().readAllBytes());
            boolean fail = calls.incrementAndGet() == 1;
            if (!fail) {
                received.add(event);
            }
            exchange.sendResponseHeaders(fail ? 503 : 204, -1);
            exchange.close();
        });
        listener.start();
        try {
            var hub = json(operator.post("/tmf-api/serviceOrdering/v4/hub", "{\"callback\": \"http://127.0.0.1:"
                    + listener.getAddress().getPort() + "/flaky\", \"query\": \"eventType=ServiceOrderCreateEvent\"}"));

            String orderId = json(operator.post(ORDERS, EXAMPLE)).get("id").asString();

            await().atMost(Duration.ofSeconds(10)).until(() -> events(received, orderId).size() == 1);
            assertThat(calls.get()).isGreaterThanOrEqualTo(2);
            assertThat(events(received, orderId).get(0).get("eventType").asString()).isEqualTo("ServiceOrderCreateEvent");
            operator.delete("/tmf-api/serviceOrdering/v4/hub/" + hub.get("id").asString());
        } finally {
            listener.stop(0);
        }
    }

    @Test
    void operatorsAndAdminsOrderLabManagersReadOthersNothing() {
        assertThat(operator.anonymous().get(ORDERS).statusCode()).isEqualTo(401);
        assertThat(operator.anonymous().post(ORDERS, EXAMPLE).statusCode()).isEqualTo(401);
        assertThat(operator.as("sme-demo", "sme-demo").get(ORDERS).statusCode()).isEqualTo(403);
        assertThat(operator.as("lab-helsinki", "lab").get(ORDERS).statusCode()).isEqualTo(200);
        assertThat(operator.as("lab-helsinki", "lab").post(ORDERS, EXAMPLE).statusCode()).isEqualTo(403);
        assertThat(operator.as("lab-helsinki", "lab").post("/tmf-api/serviceOrdering/v4/hub", "{\"callback\": \"http://127.0.0.1:9/\"}")
                .statusCode()).isEqualTo(403);
        assertThat(operator.as("admin", "admin").post(ORDERS, EXAMPLE).statusCode()).isEqualTo(201);
        assertThat(operator.anonymous().get("/tmf-api/serviceInventory/v4/service").statusCode()).isEqualTo(401);
        assertThat(operator.as("sme-demo", "sme-demo").get("/tmf-api/serviceInventory/v4/service").statusCode()).isEqualTo(403);
        assertThat(operator.as("lab-helsinki", "lab").get("/tmf-api/serviceInventory/v4/service").statusCode()).isEqualTo(200);
    }

    @Test
    void serviceInventoryListsServicesByStateWithCounts() {
        var services = orchestrator.getBean(Services.class);
        var demand = new Demand(BandwidthProfile.of(20_000, 100_000), BandwidthProfile.of(5_000, 20_000));
        String active = "svc-" + UUID.randomUUID();
        services.save(new Service(active, "order-1", "1", "pilot-inventory", "helsinki", new SegmentId("helsinki-co1-olt1-pon1"),
                ServiceState.ACTIVE, demand, Instant.parse("2027-01-20T10:00:00Z"), null));
        services.save(new Service("svc-" + UUID.randomUUID(), "order-1", "2", "pilot-inventory", "oulu", null,
                ServiceState.DESIGNED, demand, null, null));
        long activeTotal = services.count(Optional.of(ServiceState.ACTIVE), Optional.empty());

        var list = operator.get("/tmf-api/serviceInventory/v4/service?state=active&limit=100");
        var one = operator.get("/tmf-api/serviceInventory/v4/service/" + active);
        var some = operator.get("/tmf-api/serviceInventory/v4/service/" + active + "?fields=state");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("X-Total-Count")).contains(Long.toString(activeTotal));
        json(list).forEach(service -> {
            assertThat(service.get("state").asString()).isEqualTo("active");
            assertValid638(service);
        });
        assertThat(json(one).get("state").asString()).isEqualTo("active");
        assertThat(json(one).get("serviceCharacteristic").toString()).contains("downstreamPirKbps", "100000", "helsinki-co1-olt1-pon1");
        assertValid638(json(one));
        assertThat(json(some).propertyNames()).containsExactlyInAnyOrder("id", "href", "state");
        assertThat(operator.get("/tmf-api/serviceInventory/v4/service/svc-none").statusCode()).isEqualTo(404);
        assertThat(operator.get("/tmf-api/serviceInventory/v4/service?state=running").statusCode()).isEqualTo(400);
    }

    private static List<JsonNode> events(List<JsonNode> received, String orderId) {
        return received.stream()
                .filter(event -> event.path("event").path("serviceOrder").path("id").asString("").equals(orderId))
                .toList();
    }

    private static long total() {
        return Long.parseLong(operator.get(ORDERS + "?limit=1").headers().firstValue("X-Total-Count").orElseThrow());
    }

    private static String example(Consumer<ObjectNode> change) {
        var order = (ObjectNode) TestClient.JSON.readTree(EXAMPLE);
        change.accept(order);
        return order.toString();
    }

    private static String item(String city, long downCir, long downPir) {
        return """
                {"id": "1", "action": "add", "service": {"serviceSpecification": {"id": "pon-bandwidth"},
                 "serviceCharacteristic": [{"name": "city", "value": "%s"}, {"name": "downstreamCirKbps", "value": %d},
                  {"name": "downstreamPirKbps", "value": %d}, {"name": "upstreamCirKbps", "value": 5000},
                  {"name": "upstreamPirKbps", "value": 20000}]}}""".formatted(city, downCir, downPir);
    }

    private static void assertValid(String definition, JsonNode document) {
        assertThat(TmfSchemas.violations(TmfSchemas.TMF641, definition, document)).as(document.toString()).isEmpty();
    }

    private static void assertValid638(JsonNode document) {
        assertThat(TmfSchemas.violations(TmfSchemas.TMF638, "Service", document)).as(document.toString()).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
