package org.opencities.testbench.orchestrator.singlenode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencities.testbench.orchestrator.provisioning.ServiceActivated;
import org.opencities.testbench.orchestrator.provisioning.ServiceTerminated;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The single-node bench measures for real: its local agent takes the demo segments' STAMP tasks
 * from the embedded broker and measures its own reflector on loopback; a service that becomes
 * active gets its task through the orchestrator's assignments, and loses it when terminated.
 */
class SingleNodeProbingIT {

    @TempDir
    static Path data;

    static ConfigurableApplicationContext bench;
    static final HttpClient http = HttpClient.newHttpClient();
    static final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void start() {
        bench = TestbenchApplication.application().run(
                "--server.port=0",
                "--TESTBENCH_DATA=" + data,
                "--TESTBENCH_REFLECTOR_PORT=0",
                "--TESTBENCH_DEMO_PASSWORD=test-password",
                "--testbench.orchestrator.provisioning.auto-startup=false");
    }

    @AfterAll
    static void stop() {
        if (bench != null) {
            bench.close();
        }
    }

    static JsonNode get(String path) throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) bench).getWebServer().getPort();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("operator:test-password".getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void theLocalAgentMeasuresEveryDemoSegmentOnLoopback() throws Exception {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(get("/api/v1/probe-runs?state=finished&limit=100").path("total").asLong())
                        .isGreaterThanOrEqualTo(22));

        var tasks = get("/api/v1/probe-tasks?state=active&limit=100");
        assertThat(tasks.path("total").asLong()).isEqualTo(22);
        assertThat(tasks.path("items")).allSatisfy(task -> {
            assertThat(task.path("agentId").asString()).isEqualTo("local-agent");
            assertThat(task.path("target").asString()).startsWith("127.0.0.1:");
            assertThat(task.path("repeat").asString()).isEqualTo("PT1M");
        });
        var run = get("/api/v1/probe-runs?state=finished&limit=1").path("items").get(0);
        assertThat(run.path("result").path("received").asInt()).isEqualTo(run.path("result").path("sent").asInt());
        assertThat(run.path("result").path("rttMs").path("median").asDouble()).isPositive();
        assertThat(get("/api/v1/probe-runs?state=failed&limit=1").path("total").asLong()).isZero();

        var agent = get("/api/v1/probes/agents/local-agent");
        assertThat(agent.path("stale").asBoolean()).isFalse();
        assertThat(agent.path("address").asString()).isEqualTo(tasks.path("items").get(0).path("target").asString());
    }

    @Test
    void anActiveServiceIsMeasuredUntilItIsTerminated() throws Exception {
        String service = "svc-" + UUID.randomUUID();
        String segment = "oulu-co1-olt1-pon1";
        ApplicationEventPublisher events = bench;
        var transactions = bench.getBean(TransactionTemplate.class);

        transactions.executeWithoutResult(status -> events.publishEvent(new ServiceActivated(UUID.randomUUID(), service,
                "so-1", "pilot-1", segment, "active", Instant.now())));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(get("/api/v1/probe-runs?taskId=probe-" + service + "&state=finished").path("total").asLong())
                        .isPositive());

        transactions.executeWithoutResult(status -> events.publishEvent(new ServiceTerminated(UUID.randomUUID(), service,
                "so-2", "pilot-1", segment, "terminated", Instant.now())));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var task = get("/api/v1/probe-tasks?state=canceled&limit=100").path("items");
            assertThat(task).anySatisfy(item -> {
                assertThat(item.path("id").asString()).isEqualTo("probe-" + service);
                assertThat(item.path("reason").asString()).isEqualTo("service terminated");
            });
        });
        assertThat(get("/api/v1/probe-runs?taskId=probe-" + service + "&state=pending").path("total").asLong()).isZero();
    }
}
