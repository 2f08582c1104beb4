package org.opencities.testbench.probes.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.probes.Promtool;
import org.opencities.testbench.probes.ProbesTestApplication;
import org.opencities.testbench.probes.sla.SlaServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole way of a measurement through a real embedded Artemis, real H2 and real HTTP: events on
 * the measurements address end in the history API and on /metrics (checked by promtool), and a
 * window of results above the pilot's criterion raises exactly one alarm, which recovery clears.
 */
@SpringBootTest(classes = ProbesTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeasurementFlowIT {

    private static final Instant T0 = Instant.parse("2027-01-20T10:00:00Z");

    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    SlaServices slaServices;
    @Autowired
    JsonMapper json;
    @LocalServerPort
    int port;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String segment = "seg-" + suffix;
    private final String service = "svc-" + suffix;
    private final String pilot = "pilot-" + suffix;

    @Test
    void recordsRunsOnceRaisesOneAlarmForABadWindowAndClearsItOnRecovery() throws Exception {
        try (JMSContext jms = connectionFactory.createContext();
                JMSConsumer alarms = jms.createConsumer(jms.createTopic("testbench.alarms"))) {
            publish(jms, "testbench.pilot.events", "pilot.accepted", """
                    {"pilotId":"%s","cities":["oulu"],"requirements":{"downstream":{"guaranteedKbps":20000},
                     "maxLatencyMs":30,"maxJitterMs":5,"maxLossRatio":0.001}}""".formatted(pilot));
            publish(jms, "testbench.service.events", "service.activated", """
                    {"serviceId":"%s","orderId":"so-1","pilotId":"%s","segmentId":"%s","state":"active",
                     "activatedAt":"2027-01-20T09:00:00Z"}""".formatted(service, pilot, segment));
            await().atMost(Duration.ofSeconds(30)).until(() -> slaServices.watched(service).isPresent());

            int minute = 0;
            for (int i = 0; i < 5; i++) {
                completed(jms, "good-" + i, minute++, 10.0);
            }
            String failedEventId = failed(jms, "failed-1", minute++);
            publishWithId(jms, failedEventId, "measurement.failed", failedData("failed-1", minute));
            completed(jms, "good-0", 0, 99.0);
            await().atMost(Duration.ofSeconds(30)).until(() -> total(history()) == 6);

            for (int i = 0; i < 3; i++) {
                completed(jms, "bad-" + i, minute++, 50.0);
            }
            // The window is 15 minutes (the default): recovery is judged once the bad runs have left it.
            minute += 10;
            for (int i = 0; i < 5; i++) {
                completed(jms, "recovered-" + i, minute++, 12.0);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> total(history()) == 14);

            var received = alarmsUntilCleared(alarms);
            assertThat(received).extracting(alarm -> alarm.get("type").asString()).containsExactly("alarm.raised", "alarm.cleared");
            var raised = received.get(0).get("data");
            assertThat(raised.get("alarmType").asString()).isEqualTo("qualityOfServiceAlarm");
            assertThat(raised.at("/alarmedObject/id").asString()).isEqualTo(service);
            assertThat(raised.at("/crossedThresholdInformation/indicatorName").asString()).isEqualTo("rttP95Ms");
            assertThat(raised.at("/crossedThresholdInformation/observedValue").asString()).isEqualTo("50");
            assertThat(raised.at("/crossedThresholdInformation/thresholdValue").asString()).isEqualTo("30");
            assertThat(raised.at("/crossedThresholdInformation/granularity").asString()).isEqualTo("PT15M");
            assertThat(received.get(1).at("/data/id").asString()).isEqualTo(raised.get("id").asString());
            assertThat(slaServices.raisedAlarm(service)).isEmpty();
        }

        var page = history();
        assertThat(page.get("runs")).hasSize(14);
        var failedRun = page.get("runs").get(5);
        assertThat(failedRun.get("outcome").asString()).isEqualTo("failed");
        assertThat(failedRun.get("failureReason").asString()).contains("no reply");
        assertThat(page.at("/runs/0/figures/rttP95Ms").asDouble()).as("the first delivery of a run is kept").isEqualTo(10.0);

        String metrics = http().get().uri("/metrics").retrieve().body(String.class);
        assertThat(sample(metrics, "testbench_probe_rtt_seconds_count")).isEqualTo(13.0);
        assertThat(sample(metrics, "testbench_probe_failed_runs_total")).isEqualTo(1.0);
        assertThat(sample(metrics, "testbench_sla_violations_total")).isEqualTo(1.0);
        assertThat(sample(metrics, "testbench_probe_loss_ratio")).isEqualTo(0.0);
        var check = Promtool.run(metrics, "check", "metrics");
        System.out.println("promtool check metrics on /metrics: exit " + check.exitCode() + " " + check.output());
        assertThat(check.exitCode()).as(check.output()).isZero();
    }

    private List<JsonNode> alarmsUntilCleared(JMSConsumer alarms) throws Exception {
        var received = new ArrayList<JsonNode>();
        while (received.isEmpty() || !received.get(received.size() - 1).get("type").asString().equals("alarm.cleared")) {
            var message = (TextMessage) alarms.receive(Duration.ofSeconds(30).toMillis());
            assertThat(message).as("an alarm after " + received.size() + " alarms").isNotNull();
            var alarm = json.readTree(message.getText());
            if (alarm.at("/data/alarmedObject/id").asString().equals(service)) {
                received.add(alarm);
            }
        }
        return received;
    }

    private double sample(String metrics, String name) {
        var line = Pattern.compile("^" + name + "\\{[^}]*segment=\"" + segment + "\"[^}]*} (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        assertThat(line.find()).as(name + " for " + segment + " in\n" + metrics).isTrue();
        return Double.parseDouble(line.group(1));
    }

    private JsonNode history() {
        return json.readTree(http().get()
                .uri("/api/v1/measurements?service={service}&from={from}&to={to}", service, T0, T0.plusSeconds(3600))
                .retrieve().body(String.class));
    }

    private static long total(JsonNode page) {
        return page.get("total").asLong();
    }

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("operator", "operator"))
                .defaultHeader(HttpHeaders.ACCEPT, "application/json, text/plain")
                .build();
    }

    private void completed(JMSContext jms, String runId, int minute, double rttP95) {
        publish(jms, "testbench.probe.measurements", "measurement.completed", """
                {"runId":"%s","assignmentId":"as-1","agentId":"agent-1","segmentId":"%s","serviceId":"%s","tool":"stamp",
                 "startedAt":"%s","endedAt":"%s","result":{"rttMs":{"min":1.0,"mean":%s,"median":%s,"p95":%s,"max":%s},
                 "jitterMs":0.5,"lossRatio":0.0,"sent":100,"received":100}}"""
                .formatted(runId, segment, service, T0.plusSeconds(60L * minute), T0.plusSeconds(60L * minute + 2),
                        rttP95 / 2, rttP95 / 2, rttP95, rttP95));
    }

    private String failed(JMSContext jms, String runId, int minute) {
        return publish(jms, "testbench.probe.measurements", "measurement.failed", failedData(runId, minute));
    }

    private String failedData(String runId, int minute) {
        return """
                {"runId":"%s","assignmentId":"as-1","agentId":"agent-1","segmentId":"%s","serviceId":"%s","tool":"stamp",
                 "startedAt":"%s","reason":"no reply: reflector 192.0.2.1:862 silent"}"""
                .formatted(runId, segment, service, T0.plusSeconds(60L * minute));
    }

    private String publish(JMSContext jms, String address, String type, String data) {
        String id = UUID.randomUUID().toString();
        jms.createProducer().send(jms.createTopic(address), cloudEvent(id, type, data));
        return id;
    }

    private void publishWithId(JMSContext jms, String id, String type, String data) {
        jms.createProducer().send(jms.createTopic("testbench.probe.measurements"), cloudEvent(id, type, data));
    }

    private static String cloudEvent(String id, String type, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/testbench/test","type":"%s","subject":"test",
                 "time":"2027-01-20T10:00:00Z","datacontenttype":"application/json","data":%s}""".formatted(id, type, data);
    }
}
