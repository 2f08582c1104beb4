package org.opencities.testbench.orchestrator.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * THE crash test: the orchestrator in a separate JVM on a file H2 and a persistent broker journal,
 * a burst of TMF641 orders, {@code kill -9} in the middle of it, a restart on the same data. Every
 * accepted order must reach a terminal state, no service may be configured twice on the simulated
 * OLT, and the capacity committed per segment must equal the sum of the active services' profiles.
 */
class ProvisioningCrashIT {

    static final int ORDERS = 200;
    static final int KILL_AFTER = 80;
    static final int IN_FLIGHT = 16;
    static final Set<String> TERMINAL = Set.of("completed", "failed", "partial", "cancelled", "rejected");
    static final List<String> CITIES = List.of("helsinki", "oulu", "berlin", "amsterdam", "paris", "rome", "barcelona", "bologna");

    final JsonMapper json = JsonMapper.builder().build();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path data;
    Process orchestrator;
    int port;

    @AfterEach
    void stop() {
        if (orchestrator != null && orchestrator.isAlive()) {
            orchestrator.destroyForcibly();
        }
    }

    @Test
    void everyOrderEndsOnceAndCapacityAddsUpAfterAKillMidBurst() throws Exception {
        port = freePort();
        orchestrator = start("first");
        awaitReady();

        var accepted = new ConcurrentHashMap<String, Boolean>();
        var answers = new ConcurrentHashMap<String, Integer>();
        var answered = new AtomicInteger();
        var burst = CompletableFuture.runAsync(() -> postOrders(accepted, answers, answered));
        await().atMost(Duration.ofMinutes(2)).until(() -> answered.get() >= KILL_AFTER);
        orchestrator.destroyForcibly().waitFor();
        burst.get(2, TimeUnit.MINUTES);
        assertThat(accepted).as("orders accepted before the kill; answers by kind: %s", answers).isNotEmpty();

        orchestrator = start("second");
        awaitReady();

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String id : accepted.keySet()) {
                assertThat(get("/tmf-api/serviceOrdering/v4/serviceOrder/" + id).get("state").asString())
                        .as("order %s", id).isIn(TERMINAL);
            }
            assertThat(unfinishedOrders()).as("orders the orchestrator holds that have not ended").isZero();
        });

        var configured = get("/api/v1/drivers/simulated/services");
        var configuredIds = new ArrayList<String>();
        configured.forEach(service -> configuredIds.add(service.get("serviceId").asString()));
        assertThat(configuredIds).as("services on the simulated OLT").doesNotHaveDuplicates();

        orchestrator.destroy();
        orchestrator.waitFor();
        assertCapacityAddsUp(Set.copyOf(configuredIds));
    }

    /** Posts the burst with at most {@link #IN_FLIGHT} requests open; after the kill the rest fail at once. */
    private void postOrders(Map<String, Boolean> accepted, Map<String, Integer> answers, AtomicInteger answered) {
        var permits = new Semaphore(IN_FLIGHT);
        for (int i = 0; i < ORDERS; i++) {
            permits.acquireUninterruptibly();
            http.sendAsync(post("/tmf-api/serviceOrdering/v4/serviceOrder", order(i)), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, refused) -> {
                        if (refused == null && response.statusCode() == 201) {
                            accepted.put(json.readTree(response.body()).get("id").asString(), true);
                        }
                        answers.merge(refused != null ? refused.getClass().getSimpleName() : "HTTP " + response.statusCode(), 1, Integer::sum);
                        answered.incrementAndGet();
                        permits.release();
                    });
        }
        permits.acquireUninterruptibly(IN_FLIGHT);
    }

    /** Reads the stopped orchestrator's database directly: ledger, services and OLT must agree. */
    private void assertCapacityAddsUp(Set<String> configuredIds) throws Exception {
        var database = new SingleConnectionDataSource(jdbcUrl(), "", "", true);
        try {
            var jdbc = JdbcClient.create(database);
            List<String> active = jdbc.sql("SELECT id FROM orchestrator.service WHERE state = 'ACTIVE'").query(String.class).list();
            assertThat(configuredIds).as("configured services are exactly the active ones").containsExactlyInAnyOrderElementsOf(active);
            Map<String, List<Long>> expected = new HashMap<>();
            jdbc.sql("SELECT segment_id, SUM(down_gir_kbps + down_cir_kbps), SUM(down_pir_kbps), SUM(up_gir_kbps + up_cir_kbps),"
                            + " SUM(up_pir_kbps) FROM orchestrator.service WHERE state = 'ACTIVE' GROUP BY segment_id")
                    .query((rs, row) -> expected.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))))
                    .list();
            Map<String, List<Long>> committed = new HashMap<>();
            jdbc.sql("SELECT id, committed_down_guaranteed_kbps, committed_down_maximum_kbps, committed_up_guaranteed_kbps,"
                            + " committed_up_maximum_kbps FROM orchestrator.segment WHERE committed_down_guaranteed_kbps + committed_down_maximum_kbps"
                            + " + committed_up_guaranteed_kbps + committed_up_maximum_kbps > 0")
                    .query((rs, row) -> committed.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))))
                    .list();
            assertThat(expected).as("some services are active").isNotEmpty();
            assertThat(committed).as("committed (guaranteed, maximum) x (down, up) per segment").isEqualTo(expected);
        } finally {
            database.destroy();
        }
    }

    private long unfinishedOrders() throws Exception {
        long unfinished = 0;
        for (int page = 0; page < 100; page++) {
            var orders = get("/tmf-api/serviceOrdering/v4/serviceOrder?limit=100&offset=" + page * 100);
            if (orders.isEmpty()) {
                break;
            }
            for (JsonNode order : orders) {
                if (!TERMINAL.contains(order.get("state").asString())) {
                    unfinished++;
                }
            }
        }
        return unfinished;
    }

    private Process start(String run) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-cp", classpath, OrchestratorProcess.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl(),
                "--spring.artemis.embedded.persistent=true",
                "--spring.artemis.embedded.data-directory=" + data.resolve("broker"),
                "--spring.modulith.events.republish-outstanding-events-on-restart=true",
                "--testbench.orchestrator.driver.simulated.latency=20ms",
                "--testbench.orchestrator.provisioning.concurrent-consumers=8",
                "--testbench.orchestrator.provisioning.claim=5s",
                "--testbench.orchestrator.provisioning.stalled-after=2s",
                "--testbench.orchestrator.provisioning.resume-every=2s");
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("orchestrator-" + run + ".log").toFile()).start();
    }

    private String jdbcUrl() {
        return "jdbc:h2:file:" + data.resolve("db").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }

    /** The web server answers before the demo topology is loaded; orders posted in between are refused (422, no segment). */
    private void awaitReady() {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            assertThat(orchestrator.isAlive()).as("orchestrator process").isTrue();
            return !get("/api/v1/segments?city=helsinki").get("items").isEmpty();
        });
    }

    private String order(int n) {
        return """
                {"externalId": "crash-%d", "serviceOrderItem": [{"id": "1", "action": "add", "service": {
                  "serviceSpecification": {"id": "pon-bandwidth"},
                  "serviceCharacteristic": [{"name": "city", "value": "%s"},
                    {"name": "downstreamCirKbps", "value": %d}, {"name": "downstreamPirKbps", "value": 20000},
                    {"name": "upstreamCirKbps", "value": 1000}, {"name": "upstreamPirKbps", "value": 5000}]}}]}
                """.formatted(n, CITIES.get(n % CITIES.size()), 1_000 + n);
    }

    private JsonNode get(String path) throws Exception {
        var response = http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpRequest post(String path, String body) {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
