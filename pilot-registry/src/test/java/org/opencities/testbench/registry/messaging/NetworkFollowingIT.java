package org.opencities.testbench.registry.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotState;
import org.opencities.testbench.registry.pilot.PilotTransition;
import org.opencities.testbench.registry.pilot.Pilots;
import org.opencities.testbench.registry.pilot.RequiredNetwork;
import org.opencities.testbench.registry.pilot.RequiredNetwork.Bandwidth;
import org.opencities.testbench.registry.pilot.service.PilotLifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pilots following their network services and the alarms on them, from the documented example
 * events sent over the real embedded broker, with real H2.
 */
@SpringBootTest(classes = RegistryTestApplication.class)
@AutoConfigureMockMvc
class NetworkFollowingIT {

    private static final Path EXAMPLES = Path.of("../docs/events/examples");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    PilotLifecycle lifecycle;
    @Autowired
    Pilots pilots;

    @Test
    void aPilotBecomesActiveOnlyWhenEveryCityHasAnActiveService() throws Exception {
        var pilot = acceptedPilotIn("helsinki", "oulu");

        send("testbench.service.events", "service.reserved.json", service(pilot, "svc-a", "helsinki-co1-olt1-pon1"));
        send("testbench.service.events", "service.activated.json", service(pilot, "svc-a", "helsinki-co1-olt1-pon1"));
        awaitState(pilot, PilotState.PROVISIONING);
        send("testbench.service.events", "service.activated.json", service(pilot, "svc-b", "oulu-co1-olt1-pon1"));

        awaitState(pilot, PilotState.ACTIVE);
        mvc.perform(get("/api/v1/pilots/{id}/services", pilot.id().value()).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].serviceId").value(pilot.id().value() + "-svc-a"))
                .andExpect(jsonPath("$[0].segmentId").value("helsinki-co1-olt1-pon1"))
                .andExpect(jsonPath("$[0].state").value("ACTIVE"));
    }

    @Test
    void alarmsOnAServiceDegradeThePilotUntilTheLastOneIsCleared() throws Exception {
        var pilot = activePilotIn("helsinki");
        String first = "alarm-" + UUID.randomUUID();
        String second = "alarm-" + UUID.randomUUID();

        send("testbench.alarms", "alarm.raised.json", alarm(first, pilot));
        awaitState(pilot, PilotState.DEGRADED);
        send("testbench.alarms", "alarm.raised.json", alarm(second, pilot));
        send("testbench.alarms", "alarm.cleared.json", alarm(first, pilot));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/v1/pilots/{id}/services", pilot.id().value()).with(httpBasic("admin", "admin")))
                        .andExpect(jsonPath("$[0].openAlarms").value(second)));
        assertThat(pilots.find(pilot.id()).orElseThrow().state()).isEqualTo(PilotState.DEGRADED);
        send("testbench.alarms", "alarm.cleared.json", alarm(second, pilot));

        awaitState(pilot, PilotState.ACTIVE);
        var audit = pilots.transitions(pilot.id(), 0, 20);
        assertThat(audit).extracting(PilotTransition::to).endsWith(PilotState.DEGRADED, PilotState.ACTIVE);
        assertThat(audit.get(audit.size() - 2).actor()).isEqualTo("probes");
        assertThat(audit.get(audit.size() - 2).reason()).contains(first, "RTT p95 above");
    }

    @Test
    void aServiceTerminatedUnderARunningPilotFailsIt() throws Exception {
        var pilot = activePilotIn("helsinki");

        send("testbench.service.events", "service.terminated.json", service(pilot, "svc", "helsinki-co1-olt1-pon1"));

        awaitState(pilot, PilotState.FAILED);
        assertThat(lastTransition(pilot).reason()).contains("terminated");
    }

    @Test
    void anAlarmOnAnUnknownServiceChangesNoPilot() throws Exception {
        var pilot = activePilotIn("helsinki");
        String unknown = "alarm-" + UUID.randomUUID();

        send("testbench.alarms", "alarm.raised.json", data -> {
            data.put("id", unknown);
            ((ObjectNode) data.path("alarmedObject")).put("id", "svc-nobody-knows");
        });
        // Subscriptions deliver in order: once the known alarm degrades the pilot, the unknown one went by.
        send("testbench.alarms", "alarm.raised.json", alarm("alarm-" + UUID.randomUUID(), pilot));

        awaitState(pilot, PilotState.DEGRADED);
        assertThat(lastTransition(pilot).reason()).doesNotContain(unknown);
    }

    private Pilot acceptedPilotIn(String... cities) {
        var pilot = lifecycle.submit("app-citybike", "org-a", List.of(cities), 10, LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 4, 15), new RequiredNetwork(new Bandwidth(20_000, 100_000),
                        new Bandwidth(5_000, 20_000), 30, 5, 0.001), "admin");
        return lifecycle.move(pilot.id(), OptionalLong.empty(), PilotState.ACCEPTED, "admin", "fits");
    }

    private Pilot activePilotIn(String city) {
        var pilot = acceptedPilotIn(city);
        send("testbench.service.events", "service.activated.json", service(pilot, "svc", city + "-co1-olt1-pon1"));
        awaitState(pilot, PilotState.ACTIVE);
        return pilot;
    }

    private static Consumer<ObjectNode> service(Pilot pilot, String service, String segment) {
        return data -> data.put("pilotId", pilot.id().value()).put("serviceId", pilot.id().value() + "-" + service)
                .put("segmentId", segment);
    }

    private static Consumer<ObjectNode> alarm(String alarmId, Pilot pilot) {
        return data -> {
            data.put("id", alarmId);
            ((ObjectNode) data.path("alarmedObject")).put("id", pilot.id().value() + "-svc");
        };
    }

    /** Sends the documented example with a fresh event id and its data changed by {@code change}. */
    private void send(String address, String example, Consumer<ObjectNode> change) {
        try {
            var event = (ObjectNode) json.readTree(Files.readString(EXAMPLES.resolve(example)));
            event.put("id", UUID.randomUUID().toString());
            change.accept((ObjectNode) event.path("data"));
            try (JMSContext jms = connectionFactory.createContext()) {
                jms.createProducer().send(jms.createTopic(address), json.writeValueAsString(event));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PilotTransition lastTransition(Pilot pilot) {
        var audit = pilots.transitions(pilot.id(), 0, 20);
        return audit.get(audit.size() - 1);
    }

    private void awaitState(Pilot pilot, PilotState state) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(pilots.find(pilot.id()).orElseThrow().state()).isEqualTo(state));
    }
}
