package org.opencities.testbench.orchestrator.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.OrchestratorTestApplication;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.CapacityLedger;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.admission.Direction;
import org.opencities.testbench.orchestrator.driver.simulated.ConfiguredService;
import org.opencities.testbench.orchestrator.driver.simulated.FaultInjector;
import org.opencities.testbench.orchestrator.driver.simulated.FaultPlan;
import org.opencities.testbench.orchestrator.driver.simulated.SimulatedOltDriver;
import org.opencities.testbench.orchestrator.messaging.Outbox;
import org.opencities.testbench.orchestrator.messaging.OutboxMessage;
import org.opencities.testbench.orchestrator.ordering.ItemAction;
import org.opencities.testbench.orchestrator.ordering.OrderState;
import org.opencities.testbench.orchestrator.ordering.RequestedService;
import org.opencities.testbench.orchestrator.ordering.ServiceOrder;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderCancellationRequested;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderItem;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders.ItemRef;
import org.opencities.testbench.orchestrator.serviceinventory.Service;
import org.opencities.testbench.orchestrator.serviceinventory.ServiceState;
import org.opencities.testbench.orchestrator.serviceinventory.Services;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The saga end to end in one process: real embedded Artemis, real H2, the simulated OLT with
 * faults set per test; orders are stored through the {@link ServiceOrders} port as TMF641 does.
 */
class ProvisioningIT {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    static ConfigurableApplicationContext orchestrator;
    static ServiceOrders orders;
    static Services services;
    static CapacityLedger ledger;
    static FaultInjector faults;
    static SimulatedOltDriver olt;
    static TransactionTemplate transactions;
    static JMSContext jms;
    static JMSConsumer alarms;
    static JMSConsumer serviceEvents;
    static JMSConsumer endedOrders;

    @BeforeAll
    static void start() {
        orchestrator = OrchestratorTestApplication.application().run("--server.port=0",
                "--testbench.orchestrator.provisioning.step-timeout=1s",
                "--testbench.orchestrator.provisioning.retries=2",
                "--testbench.orchestrator.provisioning.initial-backoff=50ms",
                "--testbench.orchestrator.outbox.sweep-after=1s");
        orders = orchestrator.getBean(ServiceOrders.class);
        services = orchestrator.getBean(Services.class);
        ledger = orchestrator.getBean(CapacityLedger.class);
        faults = orchestrator.getBean(FaultInjector.class);
        olt = orchestrator.getBean(SimulatedOltDriver.class);
        transactions = orchestrator.getBean(TransactionTemplate.class);
        jms = orchestrator.getBean(ConnectionFactory.class).createContext();
        alarms = jms.createConsumer(jms.createTopic("testbench.alarms"));
        serviceEvents = jms.createConsumer(jms.createTopic("testbench.service.events"));
        endedOrders = jms.createConsumer(jms.createTopic("testbench.service.events"),
                "ce_type = 'order.stateChanged' AND state IN ('completed', 'failed', 'partial')");
    }

    @AfterAll
    static void stop() {
        jms.close();
        orchestrator.close();
    }

    @BeforeEach
    void noFaults() {
        faults.replace(FaultPlan.none());
    }

    @Test
    void provisionsAnOrderToCompletedAndCommitsTheServiceProfile() {
        var order = order(add("oulu", demand(20_000, 100_000, 5_000, 20_000)));

        var done = awaitTerminal(order.id());

        assertThat(done.state()).isEqualTo(OrderState.COMPLETED);
        var service = serviceOf(done);
        assertThat(service.state()).isEqualTo(ServiceState.ACTIVE);
        assertThat(service.startDate()).isNotNull();
        assertThat(configured(service.id())).singleElement()
                .satisfies(config -> assertThat(config.segmentId()).isEqualTo(service.segment().value()));
        var decision = ledger.feasibility("oulu", demand(1, 1, 1, 1)).decisions().stream()
                .filter(candidate -> candidate.segment().segment().equals(service.segment())).findFirst().orElseThrow();
        assertThat(decision.segment().committed(Direction.DOWNSTREAM).guaranteedKbps()).isEqualTo(20_000);
        assertThat(decision.segment().committed(Direction.UPSTREAM).maximumKbps()).isEqualTo(20_000);
        assertThat(eventsAbout(serviceEvents, service.id(), 2)).anySatisfy(event -> assertThat(event).contains("\"type\":\"service.reserved\""))
                .anySatisfy(event -> assertThat(event).contains("\"type\":\"service.activated\"", "\"state\":\"active\""));
        assertThat(eventsAbout(endedOrders, order.id(), 1)).as("selected on the state property: not the move to inProgress")
                .singleElement().asString().contains("\"state\":\"completed\"", "\"previousState\":\"inProgress\"");
    }

    @Test
    void runsASagaOnceWhenItsCommandComesThreeTimes() {
        // the consumer acknowledges lazily (DUPS_OK), so the queue's count does not say when the copies were handled: the route does
        var handled = new NotifyBuilder(orchestrator.getBean(CamelContext.class)).fromRoute("provision-item").whenDone(3).create();
        var order = order(add("gent", demand(10_000, 50_000, 2_000, 10_000)));
        var provisioning = jms.createQueue("testbench.provisioning");
        for (int copy = 0; copy < 2; copy++) {
            jms.createProducer().setProperty("orderId", order.id()).setProperty("itemId", "1").send(provisioning, "{}");
        }

        var done = awaitTerminal(order.id());
        assertThat(handled.matches(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).as("the command and its two copies handled").isTrue();

        assertThat(done.state()).isEqualTo(OrderState.COMPLETED);
        assertThat(configured(serviceOf(done).id())).hasSize(1);
        assertThat(orders.find(order.id()).orElseThrow().state()).isEqualTo(OrderState.COMPLETED);
        assertThat(orchestrator.getBean(ProvisioningSagas.class).find(new ItemRef(order.id(), "1")).orElseThrow().status())
                .isEqualTo(SagaStatus.COMPLETED);
    }

    @Test
    void retriesATransientDriverFailureAndCompletes() {
        faults.replace(FaultPlan.none().failingNthCall(1, true));

        var done = awaitTerminal(order(add("rome", demand(10_000, 50_000, 2_000, 10_000))).id());

        assertThat(done.state()).isEqualTo(OrderState.COMPLETED);
        assertThat(configured(serviceOf(done).id())).hasSize(1);
    }

    @Test
    void compensatesAPermanentDriverFailureAndRaisesAnAlarm() {
        faults.replace(FaultPlan.none().failingNthCall(1, false));

        var done = awaitTerminal(order(add("paris", demand(10_000, 50_000, 2_000, 10_000))).id());

        assertThat(done.state()).isEqualTo(OrderState.FAILED);
        var item = done.items().get(0);
        assertThat(item.errorMessage()).contains("configure", "injected permanent fault", "check the OLT");
        var service = serviceOf(done);
        assertThat(service.state()).isEqualTo(ServiceState.TERMINATED);
        assertThat(configured(service.id())).isEmpty();
        assertThat(ledger.release(service.id())).as("nothing left to release").isFalse();
        assertThat(eventsAbout(alarms, service.id(), 1)).singleElement().satisfies(alarm -> assertThat(alarm)
                .contains("\"type\":\"alarm.raised\"", "\"alarmType\":\"processingErrorAlarm\"", "\"@referredType\":\"Service\"",
                        "\"perceivedSeverity\":\"major\"", "\"ackState\":\"unacknowledged\""));
        assertThat(eventsAbout(serviceEvents, service.id(), 2)).anySatisfy(event -> assertThat(event)
                .contains("\"type\":\"service.failed\"", "injected permanent fault"));
    }

    @Test
    void backsOutWhenTheDriverHangsPastTheStepTimeout() {
        faults.replace(FaultPlan.none().hanging());

        var done = awaitTerminal(order(add("berlin", demand(10_000, 50_000, 2_000, 10_000))).id());

        assertThat(done.state()).isEqualTo(OrderState.FAILED);
        assertThat(done.items().get(0).errorMessage()).contains("did not finish within 1000 ms");
        assertThat(ledger.release(serviceOf(done).id())).isFalse();
    }

    @Test
    void refusesADemandNoSegmentCanTakeWithTheNumbers() {
        var done = awaitTerminal(order(add("bologna", demand(9_000_000, 9_000_000, 1_000, 1_000))).id());

        assertThat(done.state()).isEqualTo(OrderState.FAILED);
        assertThat(done.items().get(0).errorMessage()).contains("bologna", "kbit/s", "downstream");
        assertThat(configured(serviceOf(done).id())).isEmpty();
    }

    @Test
    void failsAnItemWithAnInvalidProfileNamingTheField() {
        var invalid = new Demand(new BandwidthProfile(50_000, 0, 10_000, 0, 0), BandwidthProfile.of(1_000, 2_000));

        var done = awaitTerminal(order(add("amsterdam", invalid)).id());

        assertThat(done.state()).isEqualTo(OrderState.FAILED);
        assertThat(done.items().get(0).errorMessage()).contains("downstream.pirKbps", "correct the profile");
    }

    @Test
    void deletingAServiceFreesItsCapacityAndTakesItOffTheSegment() {
        var added = awaitTerminal(order(add("barcelona", demand(30_000, 60_000, 3_000, 6_000))).id());
        var service = serviceOf(added);

        var deleted = awaitTerminal(order(delete(service.id())).id());

        assertThat(deleted.state()).isEqualTo(OrderState.COMPLETED);
        assertThat(services.find(service.id()).orElseThrow().state()).isEqualTo(ServiceState.TERMINATED);
        assertThat(configured(service.id())).isEmpty();
        assertThat(ledger.release(service.id())).isFalse();
    }

    @Test
    void cancellingStopsItemsNotYetActiveAndBacksThemOut() {
        faults.replace(FaultPlan.none().withLatency(Duration.ofMillis(800)));
        var order = order(add("helsinki", demand(10_000, 50_000, 2_000, 10_000)));
        await().atMost(PATIENCE).until(() -> orders.find(order.id()).orElseThrow().items().get(0).state() == OrderState.IN_PROGRESS);

        transactions.executeWithoutResult(status -> orchestrator.publishEvent(
                new ServiceOrderCancellationRequested(order.id(), "cancel-" + order.id())));

        var done = awaitTerminal(order.id());
        assertThat(done.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(ledger.release("svc-" + order.id() + "-1")).isFalse();
        assertThat(configured("svc-" + order.id() + "-1")).isEmpty();
    }

    @Test
    void letsOnlyAdminsSetFaultsAndRefusesAnImpossibleOneNamingTheField() throws Exception {
        var refused = faultsRequest("admin:admin", "{\"failPercent\": 101}");
        var forbidden = faultsRequest("operator:operator", "{\"failNthCall\": 1}");
        var accepted = faultsRequest("admin:admin", "{\"failNthCall\": 3, \"transientFailures\": false, \"latencyMs\": 5}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("failPercent");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(faults.plan().failNthCall()).isEqualTo(3);
        assertThat(faults.plan().transientFailures()).isFalse();
        assertThat(faults.plan().latency()).isEqualTo(Duration.ofMillis(5));
    }

    @Test
    void exposesOrdersServicesAndStepDurationsAsMetrics() throws Exception {
        awaitTerminal(order(add("manchester", demand(1_000, 2_000, 1_000, 2_000))).id());
        await().atMost(PATIENCE).until(() -> orchestrator.getBean(Outbox.class).waiting() == 0);
        int port = ((WebServerApplicationContext) orchestrator).getWebServer().getPort();

        var metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(metrics).containsPattern("testbench_orders\\{state=\"completed\",?\\} [1-9]")
                .containsPattern("testbench_services\\{state=\"active\",?\\} [1-9]")
                .contains("testbench_provisioning_step_duration_seconds_bucket{step=\"configure\",outcome=\"ok\"")
                .contains("testbench_provisioning_compensations_total")
                .containsPattern("testbench_outbox_sent_messages_total [1-9]")
                .containsPattern("testbench_outbox_batches_total [1-9]")
                .contains("testbench_outbox_messages 0.0");
    }

    @Test
    void sweepsAMessageNobodyHandedToTheRelayOnceItIsOlderThanTheSweepWaits() {
        var outbox = orchestrator.getBean(Outbox.class);
        String serviceId = "svc-swept-" + UUID.randomUUID();
        var kept = Instant.now();
        transactions.executeWithoutResult(status -> outbox.add(new OutboxMessage(UUID.randomUUID(), "testbench.service.events",
                false, "service.reserved", "{\"type\":\"service.reserved\",\"data\":{\"serviceId\":\"" + serviceId + "\"}}", Map.of())));

        assertThat(eventsAbout(serviceEvents, serviceId, 1)).singleElement().asString().contains("service.reserved");
        assertThat(Duration.between(kept, Instant.now())).as("left to the hand-off first").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        await().atMost(PATIENCE).until(() -> outbox.waiting() == 0);
    }

    static HttpResponse<String> faultsRequest(String credentials, String body) throws Exception {
        int port = ((WebServerApplicationContext) orchestrator).getWebServer().getPort();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/drivers/simulated/faults"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static Demand demand(long downGuaranteed, long downMaximum, long upGuaranteed, long upMaximum) {
        return new Demand(BandwidthProfile.of(downGuaranteed, downMaximum), BandwidthProfile.of(upGuaranteed, upMaximum));
    }

    static ServiceOrderItem add(String city, Demand demand) {
        return new ServiceOrderItem("1", ItemAction.ADD, null,
                new RequestedService(null, "pon-bandwidth", city, "pilot-" + UUID.randomUUID(), demand, Map.of()), null);
    }

    static ServiceOrderItem delete(String serviceId) {
        return new ServiceOrderItem("1", ItemAction.DELETE, null,
                new RequestedService(serviceId, "pon-bandwidth", null, null, null, Map.of()), null);
    }

    static ServiceOrder order(ServiceOrderItem... items) {
        return transactions.execute(status -> orders.create(
                new ServiceOrder(null, null, "provisioning test", null, null, null, null, List.of(items))));
    }

    static ServiceOrder awaitTerminal(String orderId) {
        return await().atMost(PATIENCE).until(() -> orders.find(orderId).orElseThrow(), order -> order.state().terminal());
    }

    static Service serviceOf(ServiceOrder order) {
        return services.find("svc-" + order.id() + "-" + order.items().get(0).id()).orElseThrow();
    }

    static List<ConfiguredService> configured(String serviceId) {
        return olt.configured().stream().filter(config -> config.serviceId().equals(serviceId)).toList();
    }

    /** Events on a subscription that mention a service or an order, waiting for at least {@code expected} of them. */
    static List<String> eventsAbout(JMSConsumer consumer, String id, int expected) {
        var found = new ArrayList<String>();
        await().atMost(PATIENCE).until(() -> {
            for (int i = 0; i < 1_000; i++) {
                var message = Optional.ofNullable(consumer.receive(100));
                if (message.isEmpty()) {
                    break;
                }
                String body = ((TextMessage) message.get()).getText();
                if (body.contains("\"" + id + "\"")) {
                    found.add(body);
                }
            }
            return found.size() >= expected;
        });
        return found;
    }
}
