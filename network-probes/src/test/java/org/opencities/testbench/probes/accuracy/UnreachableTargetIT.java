package org.opencities.testbench.probes.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencities.testbench.probes.cli.ProbeCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An unreachable target on real sockets: the command line runs in a network namespace of its own
 * whose only interface, its loopback, is down, so the kernel has no route even to 127.0.0.1 and
 * refuses at once (ENETUNREACH). The target is loopback and no packet is sent anywhere. Needs root
 * and {@code ip}; skips with the reason otherwise.
 */
class UnreachableTargetIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NAMESPACE = "tbu" + UUID.randomUUID().toString().substring(0, 8);
    private static boolean created;

    @BeforeAll
    static void createNamespaceWithItsLoopbackDown() throws Exception {
        created = run("ip", "netns", "add", NAMESPACE) == 0;
        assumeTrue(created, "needs root and iproute2 to create network namespace " + NAMESPACE);
    }

    @AfterAll
    static void removeNamespace() throws Exception {
        if (created) {
            run("ip", "netns", "del", NAMESPACE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "stamp, --target, 127.0.0.1:8620",
            "throughput, --server, 127.0.0.1:5201"})
    void failsWithUnreachableAndTheSystemsReason(String tool, String option, String target, @TempDir Path work)
            throws Exception {
        var stdout = work.resolve("stdout");
        var stderr = work.resolve("stderr");
        var command = new ArrayList<>(List.of("ip", "netns", "exec", NAMESPACE,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ProbeCommand.class.getName(), tool, option, target));
        var process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ends within its bound").isTrue();
        var lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(Files.readString(stderr)).isEqualTo(1);
        JsonNode failure = JSON.readTree(lines.get(0));
        assertThat(failure.get("code").asString()).isEqualTo("UNREACHABLE");
        assertThat(failure.get("reason").asString()).containsIgnoringCase("unreachable");
        assertThat(failure.get("target").asString()).isEqualTo(target);
    }

    private static int run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
