package org.opencities.testbench.probes.tool.iperf3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.probes.result.ThroughputResult;
import org.opencities.testbench.probes.spec.Endpoint;
import org.opencities.testbench.probes.spec.ThroughputSpec;
import org.opencities.testbench.probes.tool.stamp.StampReflector;

/** Our client with a STAMP reflector next to our server, on loopback: RFC 6349 buffer delay. */
class BufferDelayIT {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress("127.0.0.1", 0);

    private IperfServer server;
    private StampReflector reflector;

    @BeforeEach
    void start() throws IOException {
        server = IperfServer.start(ANY_LOOPBACK_PORT, IperfServerLimits.defaults(), result -> { });
        reflector = StampReflector.start(ANY_LOOPBACK_PORT);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        reflector.close();
    }

    @Test
    void reportsBufferDelayFromTheIdleAndTheLoadedRtt() {
        var spec = ThroughputSpec.of(new Endpoint("127.0.0.1", server.port()), 1)
                .withRttReflector(new Endpoint("127.0.0.1", reflector.port()));

        var result = new IperfClient().measure(spec);

        assertThat(result).isInstanceOfSatisfying(ThroughputResult.class, throughput -> {
            assertThat(throughput.goodputBitsPerSecond()).isPositive();
            assertThat(throughput.baselineRttMillis()).isPositive();
            assertThat(throughput.loadedRttMillis()).isPositive();
            assertThat(throughput.bufferDelayPercent()).isEqualTo(
                    (throughput.loadedRttMillis() - throughput.baselineRttMillis()) / throughput.baselineRttMillis() * 100);
            assertThat(throughput.notes()).anyMatch(note -> note.startsWith("buffer delay from STAMP"));
        });
        assertThat(reflector.reflected()).as("idle session of %d packets and about 100 during the second",
                BufferDelayProbe.BASELINE_PACKETS).isGreaterThan(BufferDelayProbe.BASELINE_PACKETS + 50);
    }

    @Test
    void measuresThroughputAndSaysWhyWhenNoReflectorAnswers() throws IOException {
        int silentPort;
        try (var probe = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            silentPort = probe.getLocalPort();
        }
        var spec = ThroughputSpec.of(new Endpoint("127.0.0.1", server.port()), 1)
                .withRttReflector(new Endpoint("127.0.0.1", silentPort));

        var result = new IperfClient().measure(spec);

        assertThat(result).isInstanceOfSatisfying(ThroughputResult.class, throughput -> {
            assertThat(throughput.goodputBitsPerSecond()).isPositive();
            assertThat(throughput.bufferDelayPercent()).isNull();
            assertThat(throughput.baselineRttMillis()).isNull();
            assertThat(throughput.notes()).anyMatch(note -> note.contains("idle-path") && note.contains("REFUSED"));
        });
    }

    @Test
    void boundsATestWithRttSessionsByTheirExtraTime() {
        var plain = ThroughputSpec.of(new Endpoint("127.0.0.1", 5201), 10);

        var withRtt = plain.withRttReflector(new Endpoint("127.0.0.1", 862));

        assertThat(withRtt.bound()).isEqualTo(plain.bound().plus(Duration.ofSeconds(3)));
    }
}
