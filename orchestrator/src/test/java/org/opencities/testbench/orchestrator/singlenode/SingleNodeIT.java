package org.opencities.testbench.orchestrator.singlenode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;

import io.prometheus.client.CollectorRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencities.testbench.orchestrator.messaging.EventCatalogue;
import org.opencities.testbench.orchestrator.platform.H2Housekeeping;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The single-node assembly as a user starts it: real HTTP on a free port, the embedded Artemis
 * journal and the H2 file database in a temporary data directory, then a restart on the same data.
 */
class SingleNodeIT {

    @TempDir
    static Path data;

    static final Path PROMTOOL = Path.of("/usr/bin/promtool");

    static ConfigurableApplicationContext bench;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        bench = startBench();
    }

    @AfterAll
    static void stop() {
        if (bench != null) {
            bench.close();
        }
    }

    static ConfigurableApplicationContext startBench() {
        return TestbenchApplication.application().run(
                "--server.port=0",
                "--TESTBENCH_DATA=" + data,
                "--TESTBENCH_REFLECTOR_PORT=0",
                "--TESTBENCH_DEMO_PASSWORD=test-password",
                "--testbench.broker.redelivery-delay=0s",
                // the documented events alone reach the inboxes: no provisioning adds service events
                "--testbench.orchestrator.provisioning.auto-startup=false");
    }

    static String url(String path) {
        int port = ((WebServerApplicationContext) bench).getWebServer().getPort();
        return "http://127.0.0.1:" + port + path;
    }

    static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":test-password").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void isHealthyAndReadyWithBrokerAndDatabase() throws Exception {
        var health = get("/actuator/health");
        var readiness = get("/actuator/health/readiness");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"", "\"jms\"");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void keepsHouseForItsH2File() {
        var housekeeping = bench.getBean(H2Housekeeping.class);

        assertThat(housekeeping.needed()).isTrue();
        assertThat(housekeeping.isRunning()).isTrue();
    }

    @Test
    void servesTheSeedCitiesAndSegments() throws Exception {
        var cities = get("/api/v1/cities?limit=100");
        var segments = get("/api/v1/segments?city=oulu", "Authorization", basic("operator"));

        assertThat(cities.headers().firstValue("X-Total-Count")).hasValue("11");
        assertThat(cities.body()).contains("Helsinki Living Lab", "Manchester", "Oulu");
        assertThat(segments.statusCode()).isEqualTo(200);
        assertThat(segments.body()).contains("\"technology\":\"GPON\"", "\"technology\":\"XGS_PON\"");
    }

    @Test
    void letsTheDemoSmeSeeItsDemoAppButNotOthersOrganisations() throws Exception {
        var apps = get("/api/v1/organisations/sme-demo/apps", "Authorization", basic("sme-demo"));

        assertThat(apps.statusCode()).isEqualTo(200);
        assertThat(apps.body()).contains("CityBike Live");
        assertThat(get("/api/v1/organisations", "Authorization", basic("sme-demo")).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/organisations/other-sme", "Authorization", basic("sme-demo")).statusCode()).isEqualTo(404);
    }

    @Test
    void exposesPrometheusMetrics() throws Exception {
        var metrics = get("/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("testbench_build_info{", "jvm_memory_bytes_used",
                "testbench_messaging_broker_up 1.0", "testbench_messaging_dead_letter_messages");
    }

    @Test
    void passesPromtoolCheckMetrics(@TempDir Path work) throws Exception {
        assumeTrue(Files.isExecutable(PROMTOOL), "promtool is needed: apt-get install prometheus");
        routeOneEvent();
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/metrics").body().contains("testbench_camel_exchanges_total{"));
        Path metrics = Files.writeString(work.resolve("metrics.txt"), get("/metrics").body());
        Path output = work.resolve("promtool.txt");

        Process promtool = new ProcessBuilder(PROMTOOL.toString(), "check", "metrics")
                .redirectInput(metrics.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = promtool.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            promtool.destroyForcibly();
        }
        String said = Files.readString(output);

        assertThat(finished).as("promtool finished within 60 s").isTrue();
        assertThat(said.lines()).as("promtool check metrics said:%n%s", said)
                .noneMatch(line -> line.contains("testbench_"));
        assertThat(promtool.exitValue()).as("promtool check metrics said:%n%s", said).isZero();
    }

    /** One event through a Camel route, so that the route counters have samples for promtool to read. */
    private static void routeOneEvent() {
        try (JMSContext jms = bench.getBean(ConnectionFactory.class).createContext()) {
            jms.createProducer().send(jms.createTopic("testbench.service.events"), """
                    {"specversion":"1.0","id":"%s","source":"/test","type":"service.activated","subject":"s1",
                     "datacontenttype":"application/json","data":{}}""".formatted(UUID.randomUUID()));
        }
    }

    @Test
    void switchesLanguageAndRemembersIt() throws Exception {
        var german = get("/cities?lang=de");
        String cookie = german.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        var again = get("/cities", "Cookie", cookie);

        assertThat(german.body()).contains("Städte des Netzwerks", "lang=\"de\"");
        assertThat(again.body()).contains("Städte des Netzwerks");
    }

    @Test
    void sendsSecurityHeaders() throws Exception {
        var page = get("/cities");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void demandsCredentialsAndRoles() throws Exception {
        assertThat(get("/api/v1/segments").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/segments", "Authorization", basic("sme-demo")).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/segments", "Authorization", basic("lab-helsinki")).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/segments", "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(401);
    }

    @Test
    void refusesOversizedBodiesWithProblemDetails() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url("/api/v1/segments")))
                .header("Authorization", basic("admin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(2 * 1024 * 1024)))
                .build();

        var response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void answersMalformedJsonWithProblemDetails() throws Exception {
        var response = get("/api/v1/cities?limit=abc");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void movesPoisonMessagesToTheDeadLetterQueueAndCountsThem() throws Exception {
        try (JMSContext jms = bench.getBean(ConnectionFactory.class).createContext()) {
            jms.createProducer().send(jms.createTopic("testbench.service.events"), "{ this is not a cloud event");
        }

        long subscribers = inboxRoutes(bench.getBean(CamelContext.class), "testbench.service.events").size();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(get("/metrics").body())
                .contains("testbench_messaging_dead_letter_messages " + subscribers + ".0"));
        assertThat(get("/metrics").body()).containsPattern(
                "testbench_camel_exchanges_failed_total\\{route=\"registry-inbox-testbench-service-events\",} [1-9]");
    }

    @Test
    void everyConsumingModuleAcceptsEveryDocumentedEventExample() throws Exception {
        var camel = bench.getBean(CamelContext.class);
        var events = EventCatalogue.events();
        long deliveries = events.stream().mapToLong(event -> inboxRoutes(camel, event.address()).size()).sum();
        var inboxes = events.stream().flatMap(event -> inboxRoutes(camel, event.address()).stream()).distinct().toList();
        double completedBefore = routeCounter("testbench_camel_exchanges_total", inboxes);
        double failedBefore = routeCounter("testbench_camel_exchanges_failed_total", inboxes);

        try (JMSContext jms = bench.getBean(ConnectionFactory.class).createContext()) {
            for (var event : events) {
                var destination = event.routingType().equals("anycast")
                        ? jms.createQueue(event.address()) : jms.createTopic(event.address());
                jms.createProducer().setProperty("ce_type", event.type()).send(destination, event.example());
            }
        }

        assertThat(deliveries).isGreaterThanOrEqualTo(events.size());
        // At least: the local probe agent measures all the time, and its measurement events reach the
        // same inboxes (the measure.* examples themselves start runs), so more exchanges may complete.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                routeCounter("testbench_camel_exchanges_total", inboxes) - completedBefore).isGreaterThanOrEqualTo(deliveries));
        assertThat(routeCounter("testbench_camel_exchanges_failed_total", inboxes)).isEqualTo(failedBefore);
    }

    /** Ids of the routes that consume the address, one per subscribing module. */
    private static List<String> inboxRoutes(CamelContext camel, String address) {
        return camel.getRoutes().stream()
                .filter(route -> route.getEndpoint().getEndpointUri().matches("jms://(topic|queue):" + Pattern.quote(address) + "(\\?.*)?"))
                .map(Route::getRouteId)
                .toList();
    }

    private static double routeCounter(String name, List<String> routes) {
        return routes.stream()
                .map(route -> CollectorRegistry.defaultRegistry.getSampleValue(name, new String[] {"route"}, new String[] {route}))
                .mapToDouble(value -> value == null ? 0 : value)
                .sum();
    }

    @Test
    void keepsItsDataAcrossARestart() throws Exception {
        String id = UUID.randomUUID().toString();
        try (JMSContext jms = bench.getBean(ConnectionFactory.class).createContext()) {
            jms.createProducer().send(jms.createTopic("testbench.service.events"), """
                    {"specversion":"1.0","id":"%s","source":"/test","type":"service.activated","subject":"s1",
                     "datacontenttype":"application/json","data":{}}""".formatted(id));
        }
        var jdbc = bench.getBean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(jdbc, id) == 1);

        bench.close();
        bench = startBench();

        assertThat(processed(bench.getBean(JdbcClient.class), id)).isEqualTo(1);
        assertThat(get("/api/v1/cities").headers().firstValue("X-Total-Count")).hasValue("11");
        assertThat(Files.exists(data.resolve("artemis"))).isTrue();
    }

    private static long processed(JdbcClient jdbc, String id) {
        return jdbc.sql("SELECT COUNT(*) FROM registry.camel_messageprocessed WHERE messageId = :id")
                .param("id", id).query(Long.class).single();
    }
}
