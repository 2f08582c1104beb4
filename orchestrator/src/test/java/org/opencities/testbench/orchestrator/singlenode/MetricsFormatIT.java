package org.opencities.testbench.orchestrator.singlenode;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code /metrics} of the single-node bench as Prometheus' own checker, {@code promtool}, reads it. */
class MetricsFormatIT {

    private static final Path PROMTOOL = Path.of("/usr/bin/promtool");

    @TempDir
    static Path data;

    @TempDir
    static Path work;

    static ConfigurableApplicationContext bench;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(PROMTOOL), "promtool is needed: apt-get install prometheus");
        bench = TestbenchApplication.application().run(
                "--server.port=0",
                "--TESTBENCH_DATA=" + data,
                "--TESTBENCH_DEMO_PASSWORD=test-password");
    }

    @AfterAll
    static void stop() {
        if (bench != null) {
            bench.close();
        }
    }

    @Test
    void passesPromtoolCheckMetrics() throws Exception {
        routeOneEvent();
        await().atMost(Duration.ofSeconds(30)).until(() -> scrape().contains("testbench_camel_exchanges_total{"));
        Path metrics = Files.writeString(work.resolve("metrics.txt"), scrape());
        Path output = work.resolve("promtool.txt");

        Process promtool = new ProcessBuilder(PROMTOOL.toString(), "check", "metrics")
                .redirectInput(metrics.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = promtool.waitFor(60, SECONDS);
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

    private static String scrape() throws Exception {
        int port = ((WebServerApplicationContext) bench).getWebServer().getPort();
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
