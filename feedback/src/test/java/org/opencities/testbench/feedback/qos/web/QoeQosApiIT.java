package org.opencities.testbench.feedback.qos.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.feedback.FeedbackFixtures;
import org.opencities.testbench.feedback.FeedbackTestApplication;
import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.tester.Testers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * measurement.completed (the documented example, varied per segment) through the real embedded
 * broker into the segment store, joined with testers' answers in the QoE/QoS view, and who may read it.
 */
@SpringBootTest(classes = FeedbackTestApplication.class)
@AutoConfigureMockMvc
class QoeQosApiIT {

    private static final Path EXAMPLE = Path.of("../docs/events/examples/measurement.completed.json");
    private static final double[] LATENCY_MS = {2, 5, 15, 40, 80, 200};
    /** sus-1 and sus-3 of each tester; every other SUS answer is 3, so the SUS is 45 + 2.5 (sus-1 - 1) + 2.5 (sus-3 - 3). */
    private static final int[][] SUS_1_AND_3 = {{5, 5}, {5, 3}, {4, 3}, {3, 3}, {2, 3}, {1, 3}};

    @Autowired
    MockMvc mvc;
    @Autowired
    KnownPilots pilots;
    @Autowired
    Testers testers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConnectionFactory connectionFactory;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void ranksScoresAgainstTheLatencyOfEachTestersSegmentAroundTheAnswer() throws Exception {
        var fixtures = new FeedbackFixtures(mvc, pilots, testers);
        String pilot = fixtures.pilot();
        String campaign = fixtures.campaign(pilot, fixtures.questionnaire(), "");
        String prefix = "seg-" + UUID.randomUUID() + "-";
        for (int i = 0; i < LATENCY_MS.length; i++) {
            String token = UUID.randomUUID().toString();
            fixtures.tester(pilot, token, prefix + i, Instant.now().minus(Duration.ofDays(1)), "participation");
            fixtures.submit(campaign, token, sus(SUS_1_AND_3[i]) + ", \"nps\": " + (10 - i)).andExpect(status().isCreated());
            measurementCompleted("run-" + prefix + i, prefix + i, LATENCY_MS[i]);
        }
        measurementCompleted("run-" + prefix + 0, prefix + 0, 900);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM feedback.segment_measurement WHERE segment_id LIKE :prefix")
                .param("prefix", prefix + "%").query(Long.class).single() == LATENCY_MS.length);

        mvc.perform(get("/api/v1/pilots/{id}/qoe-qos", pilot).with(httpBasic("lab-helsinki", "lab")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responses").value(6))
                .andExpect(jsonPath("$.joined").value(6))
                .andExpect(jsonPath("$.window").value("PT30M"))
                .andExpect(jsonPath("$.correlations[?(@.score == 'sus' && @.figure == 'latencyMs')].n").value(contains(6)))
                .andExpect(jsonPath("$.correlations[?(@.score == 'sus' && @.figure == 'latencyMs')].rho")
                        .value(contains(closeTo(-1.0, 1e-9))))
                .andExpect(jsonPath("$.correlations[?(@.score == 'nps' && @.figure == 'latencyMs')].rho")
                        .value(contains(closeTo(-1.0, 1e-9))))
                .andExpect(jsonPath("$.correlations[?(@.score == 'sus' && @.figure == 'latencyMs')].bands[0].n").value(contains(2)))
                .andExpect(jsonPath("$.correlations[?(@.score == 'sus' && @.figure == 'latencyMs')].bands[0].tooFewAnswers")
                        .value(contains(true)))
                .andExpect(jsonPath("$.correlations[?(@.score == 'mos' && @.figure == 'latencyMs')].tooFewAnswers")
                        .value(contains(true)))
                .andExpect(jsonPath("$.correlations[?(@.score == 'sus' && @.figure == 'throughputMbps')].n").value(contains(0)));
    }

    @Test
    void keepsGoodputFromAThroughputRunInMegabitsPerSecond() throws Exception {
        String run = "run-" + UUID.randomUUID();
        var event = (ObjectNode) json.readTree(Files.readString(EXAMPLE));
        event.put("id", UUID.randomUUID().toString());
        var data = (ObjectNode) event.get("data");
        data.put("runId", run).put("tool", "throughput");
        data.putObject("result").put("goodputBitsPerSecond", 94_500_000.0).put("seconds", 10.0);
        send(event);

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM feedback.segment_measurement WHERE run_id = :run").param("run", run)
                .query(Long.class).single() == 1);
        var stored = jdbc.sql("SELECT throughput_mbps, rtt_median_ms FROM feedback.segment_measurement WHERE run_id = :run")
                .param("run", run).query().singleRow();
        assertThat(stored.get("throughput_mbps")).isEqualTo(94.5);
        assertThat(stored.get("rtt_median_ms")).isNull();
    }

    @Test
    void isReadByAdministratorsTheLabManagersOfThePilotsCitiesAndItsSmeOnly() throws Exception {
        String pilot = new FeedbackFixtures(mvc, pilots, testers).pilot();

        mvc.perform(get("/api/v1/pilots/{id}/qoe-qos", pilot).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responses").value(0));
        mvc.perform(get("/api/v1/pilots/{id}/qoe-qos", pilot).with(httpBasic("lab-berlin", "lab")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("pilotId"));
        mvc.perform(get("/api/v1/pilots/{id}/qoe-qos", pilot).with(httpBasic("sme-velo", "sme")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/pilots/{id}/qoe-qos", pilot).with(httpBasic("sme-other", "sme")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/pilots/{id}/qoe-qos", pilot)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/pilots/{id}/qoe-qos", "pilot-unknown").with(httpBasic("admin", "admin")))
                .andExpect(status().isNotFound());
    }

    private void measurementCompleted(String run, String segment, double rttMedianMs) throws Exception {
        var event = (ObjectNode) json.readTree(Files.readString(EXAMPLE));
        event.put("id", UUID.randomUUID().toString());
        var data = (ObjectNode) event.get("data");
        data.put("runId", run).put("segmentId", segment).put("endedAt", Instant.now().toString());
        ((ObjectNode) data.get("result").get("rttMs")).put("median", rttMedianMs).put("p95", rttMedianMs * 1.5);
        send(event);
    }

    private void send(ObjectNode event) throws Exception {
        try (JMSContext jms = connectionFactory.createContext()) {
            var message = jms.createTextMessage(event.toString());
            message.setStringProperty("ce_type", event.get("type").stringValue());
            jms.createProducer().send(jms.createTopic("testbench.probe.measurements"), message);
        }
    }

    private static String sus(int[] first) {
        var answers = new StringBuilder();
        for (int item = 1; item <= 10; item++) {
            int answer = item == 1 ? first[0] : item == 3 ? first[1] : 3;
            answers.append(item == 1 ? "" : ", ").append("\"sus-").append(item).append("\": ").append(answer);
        }
        return answers.toString();
    }
}
