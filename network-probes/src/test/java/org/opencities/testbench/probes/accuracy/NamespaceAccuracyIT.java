package org.opencities.testbench.probes.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencities.testbench.probes.cli.ProbeCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accuracy check of issue 5: two namespaces joined by veth, shaped with tbf at 20 and 100 Mbit/s;
 * on each rate our client and stock iperf3 measure against the same stock server, and on the idle
 * link our STAMP sender and irtt measure RTT. Needs root, iperf3 and irtt; skips otherwise. Writes
 * the table to {@code target/accuracy.md}; the targets are recorded in docs/performance.md, not
 * asserted here (speed targets are not tests).
 */
class NamespaceAccuracyIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int IPERF_PORT = 5201;
    private static final int STAMP_PORT = 8620;
    private static final int IRTT_PORT = 2112;
    private static final List<Integer> RATES_MBIT = List.of(20, 100);

    @TempDir
    Path work;

    @Test
    void measuresShapedLinksLikeTheReferenceTools() throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/iperf3")) && Files.isExecutable(Path.of("/usr/bin/irtt")))
                .as("iperf3 and irtt must be installed").isTrue();
        try (var namespaces = TestNamespaces.create(work)) {
            assumeThat(namespaces).as("creating network namespaces needs root (CAP_SYS_ADMIN, CAP_NET_ADMIN)").isNotNull();
            var table = new ArrayList<String>();
            table.add("| shaped rate | stock iperf3 (Mbit/s) | our client (Mbit/s) | difference |");
            table.add("|---|---|---|---|");
            for (int rate : RATES_MBIT) {
                namespaces.shape(rate);
                double stock = stockGoodput(namespaces);
                double ours = ourGoodput(namespaces);
                table.add(String.format("| %d Mbit/s | %.2f | %.2f | %+.2f%% |", rate, stock / 1e6, ours / 1e6,
                        (ours - stock) / stock * 100));
            }
            table.add("");
            table.add("| RTT on the idle link | median (ms) | received / sent |");
            table.add("|---|---|---|");
            table.add(ourRtt(namespaces));
            table.add(irttRtt(namespaces));
            Files.write(Path.of("target", "accuracy.md"), table, StandardCharsets.UTF_8);
            table.forEach(System.out::println);
        }
    }

    private double stockGoodput(TestNamespaces namespaces) throws Exception {
        startIperfServer(namespaces, "iperf3-stock");
        var json = JSON.readTree(namespaces.runInA(List.of("iperf3", "-c", TestNamespaces.ADDRESS_B, "-p",
                String.valueOf(IPERF_PORT), "-t", "3", "-O", "1", "-J"), Duration.ofSeconds(30)));
        return json.get("end").get("sum_received").get("bits_per_second").asDouble();
    }

    private double ourGoodput(TestNamespaces namespaces) throws Exception {
        startIperfServer(namespaces, "iperf3-ours");
        var result = probe(namespaces, "throughput", "--server", TestNamespaces.ADDRESS_B + ":" + IPERF_PORT,
                "--time", "3", "--omit", "1");
        assertThat(result.has("goodputBitsPerSecond")).as(result.toString()).isTrue();
        return result.get("goodputBitsPerSecond").asDouble();
    }

    private void startIperfServer(TestNamespaces namespaces, String name) throws Exception {
        namespaces.startInB(name, List.of("iperf3", "-s", "-1", "-p", String.valueOf(IPERF_PORT), "--bind",
                TestNamespaces.ADDRESS_B));
        namespaces.awaitListening("-t", IPERF_PORT);
    }

    private String ourRtt(TestNamespaces namespaces) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        namespaces.startInB("reflector", List.of(java, "-cp", System.getProperty("java.class.path"),
                ProbeCommand.class.getName(), "reflect", "--bind", TestNamespaces.ADDRESS_B, "--port",
                String.valueOf(STAMP_PORT), "--for", "120"));
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(work.resolve("reflector.out")).contains("reflector"));
        var result = probe(namespaces, "stamp", "--target", TestNamespaces.ADDRESS_B + ":" + STAMP_PORT, "--count", "300",
                "--interval-ms", "10");
        assertThat(result.has("rtt")).as(result.toString()).isTrue();
        return String.format("| our STAMP sender (300 x 10 ms) | %.3f | %d / %d |", result.get("rtt").get("medianMillis")
                .asDouble(), result.get("received").asInt(), result.get("sent").asInt());
    }

    private String irttRtt(TestNamespaces namespaces) throws Exception {
        namespaces.startInB("irtt", List.of("irtt", "server", "-b", TestNamespaces.ADDRESS_B + ":" + IRTT_PORT));
        namespaces.awaitListening("-u", IRTT_PORT);
        var output = work.resolve("irtt.json");
        namespaces.runInA(List.of("irtt", "client", "-Q", "-i", "10ms", "-d", "3s", "--wait=1s", "-o", output.toString(),
                TestNamespaces.ADDRESS_B + ":" + IRTT_PORT), Duration.ofSeconds(30));
        JsonNode stats = JSON.readTree(Files.readString(output)).get("stats");
        return String.format("| irtt (3 s x 10 ms) | %.3f | %d / %d |", stats.get("rtt").get("median").asDouble() / 1e6,
                stats.get("packets_received").asInt(), stats.get("packets_sent").asInt());
    }

    private JsonNode probe(TestNamespaces namespaces, String... arguments) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                ProbeCommand.class.getName()));
        command.addAll(List.of(arguments));
        return JSON.readTree(namespaces.runInA(command, Duration.ofSeconds(90)));
    }
}
