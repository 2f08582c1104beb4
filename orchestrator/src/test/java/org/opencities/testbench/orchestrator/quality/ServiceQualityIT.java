package org.opencities.testbench.orchestrator.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.OrchestratorTestApplication;
import org.opencities.testbench.orchestrator.TestClient;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.messaging.EventCatalogue;
import org.opencities.testbench.orchestrator.serviceinventory.Service;
import org.opencities.testbench.orchestrator.serviceinventory.ServiceState;
import org.opencities.testbench.orchestrator.serviceinventory.Services;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documented alarm events, sent through the real embedded broker, change what TMF638 says
 * about the service: degraded while the quality alarm is raised, normal after it cleared.
 */
class ServiceQualityIT {

    static ConfigurableApplicationContext orchestrator;
    static ProducerTemplate broker;
    static Services services;
    static ServiceQualities qualities;
    static TestClient operator;

    @BeforeAll
    static void start() {
        orchestrator = OrchestratorTestApplication.application().run("--server.port=0",
                "--testbench.orchestrator.provisioning.auto-startup=false");
        broker = orchestrator.getBean(ProducerTemplate.class);
        services = orchestrator.getBean(Services.class);
        qualities = orchestrator.getBean(ServiceQualities.class);
        operator = new TestClient(((WebServerApplicationContext) orchestrator).getWebServer().getPort(), "operator", "operator");
    }

    @AfterAll
    static void stop() {
        orchestrator.close();
    }

    @Test
    void aQualityAlarmMarksTheServiceDegradedUntilItClears() throws IOException {
        String service = "svc-" + UUID.randomUUID();
        services.save(active(service));
        assertThat(characteristic(service, "operatingStatus")).isEqualTo("normal");

        send(example("alarm.raised"), service, "alarm-" + service);
        await().atMost(Duration.ofSeconds(30)).until(() -> "degraded".equals(characteristic(service, "operatingStatus")));
        assertThat(characteristic(service, "qualityAlarmId")).isEqualTo("alarm-" + service);
        var listed = TestClient.json(operator.get("/tmf-api/serviceInventory/v4/service?state=active&limit=100"));
        assertThat(listed.findValues("value").stream().map(JsonNode::asString)).contains("degraded");
        assertThat(TestClient.json(operator.get("/tmf-api/serviceInventory/v4/service/" + service)).get("state").asString())
                .as("TMF638 state stays active").isEqualTo("active");

        send(example("alarm.cleared"), service, "alarm-older");
        send(example("alarm.cleared"), service, "alarm-" + service);
        await().atMost(Duration.ofSeconds(30)).until(() -> "normal".equals(characteristic(service, "operatingStatus")));
        assertThat(characteristic(service, "qualityAlarmId")).isNull();
    }

    @Test
    void otherAlarmsLeaveTheServiceAlone() throws IOException {
        String service = "svc-" + UUID.randomUUID();
        services.save(active(service));
        var processingError = example("alarm.raised");
        ((ObjectNode) processingError.get("data")).put("alarmType", "processingErrorAlarm");
        send(processingError, service, "alarm-processing-" + service);
        String marker = "svc-" + UUID.randomUUID();
        send(example("alarm.raised"), marker, "alarm-" + marker);

        await().atMost(Duration.ofSeconds(30)).until(() -> qualities.find(marker).isPresent());
        assertThat(qualities.find(service)).isEmpty();
    }

    private static Service active(String id) {
        var demand = new Demand(BandwidthProfile.of(20_000, 100_000), BandwidthProfile.of(5_000, 20_000));
        return new Service(id, "so-1", "1", "pilot-7f3a", "helsinki", new SegmentId("helsinki-co1-olt1-pon1"),
                ServiceState.ACTIVE, demand, null, null);
    }

    private static String characteristic(String service, String name) {
        var json = TestClient.json(operator.get("/tmf-api/serviceInventory/v4/service/" + service));
        for (JsonNode characteristic : json.get("serviceCharacteristic")) {
            if (characteristic.get("name").asString().equals(name)) {
                return characteristic.get("value").asString();
            }
        }
        return null;
    }

    /** The example with this service and alarm id, as a new event. */
    private static void send(ObjectNode event, String service, String alarmId) {
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", alarmId);
        var data = (ObjectNode) event.get("data");
        data.put("id", alarmId);
        ((ObjectNode) data.get("alarmedObject")).put("id", service);
        broker.sendBody("jms:topic:testbench.alarms", event.toString());
    }

    private static ObjectNode example(String type) throws IOException {
        var event = EventCatalogue.events().stream().filter(documented -> documented.type().equals(type)).findFirst().orElseThrow();
        return (ObjectNode) TestClient.JSON.readTree(Files.readString(event.exampleFile()));
    }
}
