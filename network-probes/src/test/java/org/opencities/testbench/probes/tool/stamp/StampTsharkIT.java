package org.opencities.testbench.probes.tool.stamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencities.testbench.probes.result.StampResult;
import org.opencities.testbench.probes.spec.Endpoint;
import org.opencities.testbench.probes.spec.StampSpec;

/**
 * Interoperability: Wireshark's TWAMP-Test dissector must read our sender and reflector packets.
 * Needs tshark and the right to capture on {@code lo}; skips with the reason otherwise.
 */
class StampTsharkIT {

    private static final Path TSHARK = Path.of("/usr/bin/tshark");
    private static final int COUNT = 5;
    private static final int PADDING = 20;

    @TempDir
    Path work;

    @Test
    void tsharkDecodesOurPacketsAsTwampTest() throws Exception {
        assumeThat(Files.isExecutable(TSHARK)).as("tshark is not installed at %s; install the tshark package", TSHARK)
                .isTrue();
        try (var reflector = StampReflector.start(new InetSocketAddress("127.0.0.1", 0))) {
            int port = reflector.port();
            var output = work.resolve("tshark.out");
            var errors = work.resolve("tshark.err");
            var tshark = new ProcessBuilder(TSHARK.toString(), "-i", "lo", "-f", "udp port " + port,
                    "-d", "udp.port==" + port + ",twamp.test", "-a", "duration:60", "-l",
                    "-T", "fields", "-E", "separator=|", "-e", "udp.srcport", "-e", "udp.length", "-e", "twamp.test.seq_number",
                    "-e", "twamp.test.timestamp", "-e", "twamp.test.receive_timestamp",
                    "-e", "twamp.test.sender_seq_number", "-e", "twamp.test.sender_ttl")
                    .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
            try {
                await().atMost(Duration.ofSeconds(15)).until(() -> !tshark.isAlive() || read(errors).contains("Capturing on"));
                assumeThat(tshark.isAlive()).as("tshark cannot capture on lo (needs root or CAP_NET_RAW): %s",
                        read(errors)).isTrue();

                var target = new Endpoint("127.0.0.1", port);
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                        .until(() -> warmUp(target) && !read(output).isEmpty());

                var result = new StampSender().measure(new StampSpec(target, COUNT, Duration.ofMillis(5), PADDING, 0,
                        Duration.ofSeconds(1)));

                assertThat(result).isInstanceOf(StampResult.class);
                await().atMost(Duration.ofSeconds(30)).until(() -> session(output).size() >= 2 * COUNT);
                assertDecoded(session(output), port);
            } finally {
                tshark.destroy();
            }
        }
    }

    private static void assertDecoded(List<String[]> lines, int reflectorPort) {
        assertThat(lines).hasSize(2 * COUNT);
        String reflector = String.valueOf(reflectorPort);
        var fromSender = lines.stream().filter(fields -> !fields[0].equals(reflector)).toList();
        var fromReflector = lines.stream().filter(fields -> fields[0].equals(reflector)).toList();
        assertThat(fromSender).extracting(fields -> fields[2]).containsExactly("0", "1", "2", "3", "4");
        assertThat(fromSender).allSatisfy(fields -> assertThat(fields[3]).as("sender timestamp in %s",
                Arrays.toString(fields)).contains(thisYear(), "UTC"));
        assertThat(fromReflector).extracting(fields -> fields[5]).containsExactly("0", "1", "2", "3", "4");
        assertThat(fromReflector).allSatisfy(fields -> {
            assertThat(fields[4]).as("receive timestamp in %s", Arrays.toString(fields)).contains(thisYear(), "UTC");
            assertThat(fields[6]).isEqualTo(String.valueOf(StampReflector.SENDER_TTL));
        });
    }

    /** Sends one packet, so that the test goes on only once tshark really sees the traffic. */
    private static boolean warmUp(Endpoint target) {
        new StampSender().measure(new StampSpec(target, 1, Duration.ZERO, 0, 0, Duration.ofMillis(100)));
        return true;
    }

    /** The decoded lines of the measured session, told from the warm-up packets by their padded length. */
    private static List<String[]> session(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(line -> line.split("\\|", -1))
                .filter(fields -> fields[1].equals(String.valueOf(8 + StampPackets.BASE_LENGTH + PADDING))).toList();
    }

    private static String thisYear() {
        return String.valueOf(Year.now(ZoneOffset.UTC).getValue());
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
