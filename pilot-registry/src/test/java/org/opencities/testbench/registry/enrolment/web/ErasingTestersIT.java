package org.opencities.testbench.registry.enrolment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.opencities.testbench.registry.enrolment.TesterId;
import org.opencities.testbench.registry.enrolment.service.TesterErasure;
import org.opencities.testbench.registry.invitation.Recruitment;
import org.opencities.testbench.registry.pilot.service.PilotLifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The registry following feedback's tester.erased over the real embedded broker, with real H2. */
@SpringBootTest(classes = RegistryTestApplication.class)
@AutoConfigureMockMvc
class ErasingTestersIT {

    private static final Path EXAMPLES = Path.of("../docs/events/examples");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    PilotLifecycle lifecycle;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    CamelContext camel;
    @Autowired
    TesterErasure erasure;

    @Test
    void erasesContactAndTokenButKeepsThePseudonymousEnrolment() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");
        var erased = enrolWithEmail(pilot.id().value(), "erase-me@example.org");
        var kept = enrolWithEmail(pilot.id().value(), "keep-me@example.org");
        String tester = erased.path("enrolment").path("tester").asString();

        send(tester);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(count("SELECT COUNT(*) FROM registry.tester_contact WHERE tester_id = :t", tester)).isZero());
        assertThat(count("SELECT COUNT(*) FROM registry.tester WHERE id = :t AND token_hash IS NULL", tester)).isOne();
        assertThat(count("SELECT COUNT(*) FROM registry.enrolment WHERE tester_id = :t", tester)).isOne();
        mvc.perform(get("/api/v1/enrolments/me").header("X-Tester-Token", erased.path("testerToken").asString()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/pilots/{id}/enrolments", pilot.id().value()).with(httpBasic("lab-helsinki", "lab")))
                .andExpect(jsonPath("$.items[?(@.tester == '" + tester + "')]").exists());
        mvc.perform(get("/api/v1/enrolments/me").header("X-Tester-Token", kept.path("testerToken").asString()))
                .andExpect(status().isOk());
        assertThat(count("SELECT COUNT(*) FROM registry.tester_contact WHERE tester_id = :t",
                kept.path("enrolment").path("tester").asString())).isOne();
    }

    @Test
    void erasingATesterAgainChangesNothing() throws Exception {
        var pilot = Recruitment.acceptedPilot(lifecycle, "helsinki");
        String tester = enrolWithEmail(pilot.id().value(), "twice@example.org").path("enrolment").path("tester").asString();
        var bothHandled = new NotifyBuilder(camel).fromRoute("registry-inbox-testbench-feedback-events").whenCompleted(2).create();

        send(tester);
        send(tester);

        assertThat(bothHandled.matches(30, TimeUnit.SECONDS)).isTrue();
        assertThat(count("SELECT COUNT(*) FROM registry.tester WHERE id = :t AND erased_at IS NOT NULL", tester)).isOne();
        assertThat(erasure.erase(new TesterId(tester))).as("nothing left to erase").isFalse();
        assertThat(count("SELECT COUNT(*) FROM registry.enrolment WHERE tester_id = :t", tester)).isOne();
    }

    private void send(String tester) throws Exception {
        var event = (ObjectNode) json.readTree(Files.readString(EXAMPLES.resolve("tester.erased.json")));
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", tester);
        ((ObjectNode) event.path("data")).put("tester", tester);
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer().send(jms.createTopic("testbench.feedback.events"), json.writeValueAsString(event));
        }
    }

    private JsonNode enrolWithEmail(String pilotId, String email) throws Exception {
        return new TestersWithContact(mvc, json).enrol(pilotId, "en", email);
    }

    private long count(String sql, String tester) {
        return jdbc.sql(sql).param("t", tester).query(Long.class).single();
    }
}
