package org.opencities.testbench.registry.pilot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.EventShapes;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.opencities.testbench.registry.pilot.PilotId;
import org.opencities.testbench.registry.pilot.PilotState;
import org.opencities.testbench.registry.pilot.Pilots;
import org.opencities.testbench.registry.pilot.RequiredNetwork;
import org.opencities.testbench.registry.pilot.RequiredNetwork.Bandwidth;
import org.opencities.testbench.registry.pilot.service.PilotLifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A pilot's lifecycle over REST and from service events, with the real broker and H2. */
@SpringBootTest(classes = RegistryTestApplication.class)
@AutoConfigureMockMvc
class PilotLifecycleIT {

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
    void acceptingAPilotPublishesPilotAcceptedShapedLikeTheExample() throws Exception {
        String id = submitInHelsinki();

        try (JMSContext jms = connectionFactory.createContext();
                var consumer = jms.createConsumer(jms.createTopic("testbench.pilot.events"), "ce_type = 'pilot.accepted'")) {
            mvc.perform(post("/api/v1/pilots/{id}/transitions", id).with(httpBasic("lab-helsinki", "lab"))
                            .header("If-Match", "\"0\"")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"to\":\"ACCEPTED\",\"reason\":\"Fits the Helsinki network\"}"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"1\""))
                    .andExpect(jsonPath("$.state").value("ACCEPTED"));

            JsonNode data = null;
            for (var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); data == null
                    && System.nanoTime() < deadline; ) {
                var message = (TextMessage) consumer.receive(Duration.ofSeconds(5).toMillis());
                if (message != null && json.readTree(message.getText()).path("subject").asString().equals(id)) {
                    data = json.readTree(message.getText()).path("data");
                }
            }
            assertThat(data).as("pilot.accepted for " + id).isNotNull();
            var example = json.readTree(Files.readString(EXAMPLES.resolve("pilot.accepted.json"))).path("data");
            assertThat(EventShapes.fieldPaths(data)).isEqualTo(EventShapes.fieldPaths(example));
            assertThat(data.path("pilotId").asString()).isEqualTo(id);
            assertThat(data.path("requirements").path("downstream").path("maximumKbps").asLong()).isEqualTo(100_000);
        }

        mvc.perform(get("/api/v1/pilots/{id}/transitions", id).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$.items[1].from").value("SUBMITTED"))
                .andExpect(jsonPath("$.items[1].to").value("ACCEPTED"))
                .andExpect(jsonPath("$.items[1].actor").value("lab-helsinki"))
                .andExpect(jsonPath("$.items[1].reason").value("Fits the Helsinki network"));
    }

    @Test
    void refusesAnIllegalTransitionNamingTheStates() throws Exception {
        String id = submitInHelsinki();

        mvc.perform(transition(id, "COMPLETED", "\"0\"", "admin", "admin"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(allOf(containsString("SUBMITTED"), containsString("COMPLETED"),
                        containsString("ACCEPTED"), containsString("WITHDRAWN"))));
    }

    @Test
    void refusesAStaleVersion() throws Exception {
        String id = submitInHelsinki();
        mvc.perform(transition(id, "ACCEPTED", "\"0\"", "admin", "admin")).andExpect(status().isOk());

        mvc.perform(transition(id, "WITHDRAWN", "\"0\"", "admin", "admin"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("\"1\"")));
    }

    @Test
    void refusesAnUnknownStateName() throws Exception {
        String id = submitInHelsinki();

        mvc.perform(transition(id, "PAUSED", "\"0\"", "admin", "admin"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("PAUSED")));
    }

    @Test
    void hidesAnotherCitysPilotFromALabManager() throws Exception {
        String id = submitInHelsinki();

        mvc.perform(get("/api/v1/pilots/{id}", id).with(httpBasic("lab-gent", "lab")))
                .andExpect(status().isNotFound());
        mvc.perform(transition(id, "ACCEPTED", "\"0\"", "lab-gent", "lab"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/pilots/{id}", id).with(httpBasic("lab-helsinki", "lab")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""));
    }

    @Test
    void letsAnSmeReadOnlyItsOrganisationsPilots() throws Exception {
        String id = submitInHelsinki();

        mvc.perform(get("/api/v1/pilots").param("state", "SUBMITTED").param("city", "helsinki")
                        .with(httpBasic("sme-a", "sme")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").exists())
                .andExpect(jsonPath("$.items[?(@.organisationId != 'org-a')]").doesNotExist());
        mvc.perform(transition(id, "WITHDRAWN", "\"0\"", "sme-a", "sme"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aServiceActivationMovesAProvisioningPilotToActive() throws Exception {
        var pilot = lifecycle.submit("app-citybike", "org-a", List.of("helsinki"), 10, LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 4, 15), network(), "admin");
        lifecycle.move(pilot.id(), OptionalLong.empty(), PilotState.ACCEPTED, "admin", "fits");
        lifecycle.move(pilot.id(), OptionalLong.empty(), PilotState.PROVISIONING, "orchestrator", "reserved");
        var event = (ObjectNode) json.readTree(Files.readString(EXAMPLES.resolve("service.activated.json")));
        event.put("id", UUID.randomUUID().toString());
        ((ObjectNode) event.path("data")).put("pilotId", pilot.id().value()).put("serviceId", "svc-" + pilot.id().value());

        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer().send(jms.createTopic("testbench.service.events"), json.writeValueAsString(event));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(pilots.find(pilot.id()).orElseThrow().state()).isEqualTo(PilotState.ACTIVE));
        assertThat(pilots.transitions(pilot.id(), 0, 10).get(3).reason()).contains("service.activated");
    }

    @Test
    void acknowledgesAServiceEventForAnUnknownPilot() throws Exception {
        var event = (ObjectNode) json.readTree(Files.readString(EXAMPLES.resolve("service.failed.json")));
        event.put("id", UUID.randomUUID().toString());
        ((ObjectNode) event.path("data")).put("pilotId", "pilot-nowhere");
        var pilot = lifecycle.submit("app-citybike", "org-a", List.of("helsinki"), 10, LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 4, 15), network(), "admin");
        lifecycle.move(pilot.id(), OptionalLong.empty(), PilotState.ACCEPTED, "admin", "fits");
        var reserved = (ObjectNode) json.readTree(Files.readString(EXAMPLES.resolve("service.reserved.json")));
        reserved.put("id", UUID.randomUUID().toString());
        ((ObjectNode) reserved.path("data")).put("pilotId", pilot.id().value()).put("serviceId", "svc-" + pilot.id().value());

        try (JMSContext jms = connectionFactory.createContext()) {
            var topic = jms.createTopic("testbench.service.events");
            jms.createProducer().send(topic, json.writeValueAsString(event));
            jms.createProducer().send(topic, json.writeValueAsString(reserved));
        }

        // Subscriptions deliver in order, so the reserved pilot moving shows the unknown one went by.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(pilots.find(pilot.id()).orElseThrow().state()).isEqualTo(PilotState.PROVISIONING));
        assertThat(pilots.find(new PilotId("pilot-nowhere"))).isEmpty();
    }

    @Test
    void refusesAnInvalidSubmissionNamingEachField() throws Exception {
        mvc.perform(post("/api/v1/pilots").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(plan("helsinki", "2027-01-15").replace("\"plannedTesters\":120", "\"plannedTesters\":0")
                                .replace("\"appId\":\"app-citybike\"", "\"appId\":\"App City\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'plannedTesters')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'appId')]").exists());
    }

    @Test
    void refusesAPlanThatEndsBeforeItStarts() throws Exception {
        mvc.perform(post("/api/v1/pilots").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(plan("helsinki", "2027-05-01")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
    }

    @Test
    void letsALabManagerSubmitOnlyInItsCities() throws Exception {
        mvc.perform(post("/api/v1/pilots").with(httpBasic("lab-gent", "lab"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(plan("helsinki", "2027-01-15")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/pilots").with(httpBasic("operator", "operator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(plan("helsinki", "2027-01-15")))
                .andExpect(status().isForbidden());
    }

    private static String plan(String city, String startDate) {
        return """
                {"appId":"app-citybike","organisationId":"org-a","cities":["%s"],
                 "plannedTesters":120,"startDate":"%s","endDate":"2027-04-15",
                 "requirements":{"downstream":{"guaranteedKbps":20000,"maximumKbps":100000},
                   "upstream":{"guaranteedKbps":5000,"maximumKbps":20000},
                   "maxLatencyMs":30,"maxJitterMs":5,"maxLossRatio":0.001}}""".formatted(city, startDate);
    }

    private String submitInHelsinki() throws Exception {
        var response = mvc.perform(post("/api/v1/pilots").with(httpBasic("lab-helsinki", "lab"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(plan("helsinki", "2027-01-15")))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).path("id").asString();
    }

    private static org.springframework.test.web.servlet.RequestBuilder transition(String id, String to, String ifMatch,
            String user, String password) {
        return post("/api/v1/pilots/{id}/transitions", id).with(httpBasic(user, password))
                .header("If-Match", ifMatch)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\":\"" + to + "\",\"reason\":\"test\"}");
    }

    private static RequiredNetwork network() {
        return new RequiredNetwork(new Bandwidth(20_000, 100_000), new Bandwidth(5_000, 20_000), 30, 5, 0.001);
    }
}
