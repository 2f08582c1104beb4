package org.opencities.testbench.probes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencities.testbench.probes.tool.stamp.StampReflector;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line on loopback: in-process for each tool, and once as a real process. */
class ProbeCommandIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    @Test
    void runsAStampSessionAndPrintsOneJsonResult() throws IOException {
        try (var reflector = StampReflector.start(new InetSocketAddress("127.0.0.1", 0))) {
            var out = new StringWriter();

            int exit = run(out, "stamp", "--target", "127.0.0.1:" + reflector.port(), "--count", "20",
                    "--interval-ms", "1");

            assertThat(exit).isZero();
            var result = JSON.readTree(out.toString());
            assertThat(result.get("tool").asString()).isEqualTo("stamp");
            assertThat(result.get("received").asInt()).isEqualTo(20);
            assertThat(result.get("rtt").get("medianMillis").asDouble()).isPositive();
            assertThat(result.get("startedAt").asString()).endsWith("Z");
        }
    }

    @Test
    void servesThroughputAndMeasuresItWithTheSameCommand() {
        var serverOut = new StringWriter();
        var serving = CompletableFuture.supplyAsync(() -> run(serverOut, "serve", "--port", "0", "--for", "4"));
        await().atMost(Duration.ofSeconds(5)).until(() -> serverOut.toString().contains("\"server\""));
        String address = JSON.readTree(serverOut.toString().lines().findFirst().orElseThrow()).get("server").asString();
        var out = new StringWriter();

        int exit = run(out, "throughput", "--server", address, "--time", "1", "--parallel", "2", "--reverse");

        assertThat(exit).isZero();
        var result = JSON.readTree(out.toString());
        assertThat(result.get("goodputBitsPerSecond").asDouble()).isGreaterThan(10e6);
        assertThat(result.get("streams").asInt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> serverOut.toString().lines().count() == 2);
        assertThat(serving.orTimeout(15, TimeUnit.SECONDS).join()).isZero();
    }

    @Test
    void timesAnHttpGet() throws IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            var out = new StringWriter();

            int exit = run(out, "http", "--url", "http://127.0.0.1:" + server.getAddress().getPort() + "/health");

            assertThat(exit).isZero();
            assertThat(JSON.readTree(out.toString()).get("status").asInt()).isEqualTo(204);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theRealMainPrintsOneJsonLineAndStartsNoSpring() throws Exception {
        try (var reflector = StampReflector.start(new InetSocketAddress("127.0.0.1", 0))) {
            var stdout = work.resolve("stdout");
            var stderr = work.resolve("stderr");
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    ProbeCommand.class.getName(), "stamp", "--target", "127.0.0.1:" + reflector.port(), "--count", "10",
                    "--interval-ms", "1")).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();

            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            var lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(Files.readString(stderr)).isZero();
            assertThat(lines).hasSize(1);
            JsonNode result = JSON.readTree(lines.get(0));
            assertThat(result.get("sent").asInt()).isEqualTo(10);
            assertThat(result.get("lost").asInt()).isZero();
            assertThat(Files.readString(stderr)).doesNotContain("Spring", "Tomcat");
            assertThat(reflector.reflected()).isEqualTo(10);
        }
    }

    private static int run(StringWriter out, String... args) {
        var commandLine = ProbeCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        return commandLine.execute(args);
    }
}
