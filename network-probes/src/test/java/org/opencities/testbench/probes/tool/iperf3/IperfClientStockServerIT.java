package org.opencities.testbench.probes.tool.iperf3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencities.testbench.probes.result.FailureCode;
import org.opencities.testbench.probes.result.MeasurementFailure;
import org.opencities.testbench.probes.result.MeasurementResult;
import org.opencities.testbench.probes.result.ThroughputResult;
import org.opencities.testbench.probes.spec.Endpoint;
import org.opencities.testbench.probes.spec.ThroughputSpec;

/** Our client against a stock {@code iperf3 -s} on loopback, and the ways a server says no. */
class IperfClientStockServerIT {

    @ParameterizedTest(name = "reverse={0}, parallel={1}, omit={2}")
    @CsvSource({"false, 1, 0", "true, 1, 0", "false, 8, 1", "true, 4, 1"})
    void measuresAgainstAStockServer(boolean reverse, int parallel, int omit) throws Exception {
        try (var server = StockIperf3.server()) {
            var spec = new ThroughputSpec(loopback(server.port()), Duration.ofSeconds(1), Duration.ofSeconds(omit),
                    parallel, reverse, ThroughputSpec.DEFAULT_BLOCK_SIZE, Duration.ofSeconds(5), null);

            var result = new IperfClient().measure(spec);

            assertThat(result).isInstanceOfSatisfying(ThroughputResult.class, throughput -> {
                assertThat(throughput.reverse()).isEqualTo(reverse);
                assertThat(throughput.streams()).isEqualTo(parallel);
                assertThat(throughput.seconds()).isBetween(0.9, 1.5);
                assertThat(throughput.bytes()).isPositive();
                assertThat(throughput.goodputBitsPerSecond()).isGreaterThan(10e6);
                if (reverse) {
                    assertThat(throughput.retransmits()).isNotNull();
                    assertThat(throughput.tcpEfficiencyPercent()).isBetween(0.0, 100.0);
                } else {
                    assertThat(throughput.retransmits()).isNull();
                    assertThat(throughput.notes()).anyMatch(note -> note.contains("TCP_INFO"));
                }
            });
            assertThat(server.waitFor(Duration.ofSeconds(10))).as(server.output()).isZero();
        }
    }

    @Test
    void failsWithTheReasonWhenTheServerStopsMidTest() throws Exception {
        try (var server = StockIperf3.server()) {
            var spec = ThroughputSpec.of(loopback(server.port()), 10);
            var run = CompletableFuture.supplyAsync(() -> new IperfClient().measure(spec));
            await().atMost(Duration.ofSeconds(10)).until(() -> establishedTo(server.port()) >= 2);

            server.close();
            var result = run.orTimeout(20, TimeUnit.SECONDS).join();

            assertThat(result).isInstanceOfSatisfying(MeasurementFailure.class, failure -> {
                assertThat(failure.code()).isEqualTo(FailureCode.SERVER_ERROR);
                assertThat(failure.reason()).containsAnyOf("the server ended the test early with SERVER_TERMINATE",
                        "the server closed the control connection during the test");
            });
        }
    }

    /** TCP connections accepted on {@code port} (control and data), read from /proc so that none is disturbed. */
    private static long establishedTo(int port) throws IOException {
        String local = String.format(Locale.ROOT, ":%04X ", port);
        return Files.readAllLines(Path.of("/proc/net/tcp")).stream().map(line -> line.trim().split("\\s+"))
                .filter(fields -> fields[1].endsWith(local.trim()) && fields[3].equals("01")).count();
    }

    @Test
    void reportsBusyWhenAStockServerRunsAnotherTest() throws Exception {
        try (var server = StockIperf3.server(); var holder = new ControlChannel(new Socket("127.0.0.1", server.port()))) {
            holder.writeCookie(ControlChannel.newCookie());
            holder.expect(IperfState.PARAM_EXCHANGE, Duration.ofSeconds(5));
            holder.writeJson(Map.of("tcp", true, "time", 1, "parallel", 1, "len", 1024));
            holder.expect(IperfState.CREATE_STREAMS, Duration.ofSeconds(5));

            var result = new IperfClient().measure(ThroughputSpec.of(loopback(server.port()), 1));

            assertFailure(result, FailureCode.BUSY, "ACCESS_DENIED");
        }
    }

    @Test
    void reportsServerErrorWithTheServersNumbers() throws Exception {
        try (var fake = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            var answer = CompletableFuture.runAsync(() -> answerServerError(fake));

            var result = new IperfClient().measure(ThroughputSpec.of(loopback(fake.getLocalPort()), 1));

            answer.orTimeout(5, TimeUnit.SECONDS).join();
            assertFailure(result, FailureCode.SERVER_ERROR, "iperf3 error 9, errno 0");
        }
    }

    @Test
    void reportsRefusedForAClosedLoopbackPort() {
        var result = new IperfClient().measure(ThroughputSpec.of(loopback(StockIperf3.freePort()), 1));

        assertFailure(result, FailureCode.REFUSED, "Connection refused");
    }

    @Test
    void reportsTimeoutWhenTheServerNeverAnswers() throws IOException {
        try (var silent = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            var spec = new ThroughputSpec(loopback(silent.getLocalPort()), Duration.ofSeconds(1), Duration.ZERO, 1, false,
                    1024, Duration.ofMillis(300), null);

            assertFailure(new IperfClient().measure(spec), FailureCode.TIMEOUT, "timed out");
        }
    }

    private static void answerServerError(ServerSocket fake) {
        try (var socket = fake.accept(); var control = new ControlChannel(socket)) {
            ControlChannel.readCookie(socket, Duration.ofSeconds(5));
            control.writeServerError(9);
            socket.shutdownOutput();
            socket.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertFailure(MeasurementResult result, FailureCode code, String reason) {
        assertThat(result).isInstanceOfSatisfying(MeasurementFailure.class, failure -> {
            assertThat(failure.code()).isEqualTo(code);
            assertThat(failure.reason()).contains(reason);
        });
    }

    private static Endpoint loopback(int port) {
        return new Endpoint("127.0.0.1", port);
    }
}
