package org.opencities.testbench.probes.tool.iperf3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.probes.result.FailureCode;
import org.opencities.testbench.probes.result.MeasurementFailure;
import org.opencities.testbench.probes.result.MeasurementResult;
import org.opencities.testbench.probes.result.ThroughputResult;
import org.opencities.testbench.probes.spec.Endpoint;
import org.opencities.testbench.probes.spec.ThroughputSpec;

/** Our server against stock {@code iperf3 -c} clients and our own client, on loopback. */
class IperfServerIT {

    private final List<MeasurementResult> served = new CopyOnWriteArrayList<>();
    private IperfServer server;

    @AfterEach
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void servesAStockClientForward() throws Exception {
        start(IperfServerLimits.defaults());

        try (var client = StockIperf3.client(server.port(), "-t", "1")) {
            assertThat(client.waitFor(Duration.ofSeconds(15))).as(client.output()).isZero();
            assertThat(receivedBitsPerSecond(client.output())).isGreaterThan(10e6);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> served.size() == 1);
        assertThat(served.get(0)).isInstanceOfSatisfying(ThroughputResult.class, result -> {
            assertThat(result.reverse()).isFalse();
            assertThat(result.bytes()).isPositive();
            assertThat(result.retransmits()).as("a stock Linux sender reports retransmits").isNotNull();
        });
    }

    @Test
    void servesAStockClientInReverseWithParallelStreamsAndOmittedSeconds() throws Exception {
        start(IperfServerLimits.defaults());

        try (var client = StockIperf3.client(server.port(), "-t", "1", "-R", "-P", "4", "-O", "1")) {
            assertThat(client.waitFor(Duration.ofSeconds(15))).as(client.output()).isZero();
            assertThat(receivedBitsPerSecond(client.output())).isGreaterThan(10e6);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> served.size() == 1);
        assertThat(served.get(0)).isInstanceOfSatisfying(ThroughputResult.class, result -> {
            assertThat(result.reverse()).isTrue();
            assertThat(result.streams()).isEqualTo(4);
        });
    }

    @Test
    void queuesASecondStockClientInsteadOfRefusingIt() throws Exception {
        start(IperfServerLimits.defaults());

        try (var first = StockIperf3.client(server.port(), "-t", "1");
                var second = StockIperf3.client(server.port(), "-t", "1")) {
            assertThat(first.waitFor(Duration.ofSeconds(20))).as(first.output()).isZero();
            assertThat(second.waitFor(Duration.ofSeconds(20))).as(second.output()).isZero();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> served.size() == 2);
        assertThat(served).allMatch(MeasurementResult::succeeded);
        assertThat(Duration.between(served.get(0).startedAt(), served.get(1).startedAt()))
                .as("the second test starts after the first").isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void tellsAStockClientWhyItsTestIsTooLong() throws Exception {
        start(new IperfServerLimits(Duration.ofSeconds(2), 8, 4, Duration.ofSeconds(5)));

        try (var client = StockIperf3.client(server.port(), "-t", "5")) {
            client.waitFor(Duration.ofSeconds(15));
            assertThat(client.output()).contains("\"error\"", "duration");
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> served.size() == 1);
        assertThat(served.get(0)).isInstanceOfSatisfying(MeasurementFailure.class,
                failure -> assertThat(failure.code()).isEqualTo(FailureCode.INVALID_SPEC));
    }

    @Test
    void measuresWithOurClientBothWays() throws IOException {
        start(IperfServerLimits.defaults());
        for (boolean reverse : new boolean[] {false, true}) {
            var spec = new ThroughputSpec(new Endpoint("127.0.0.1", server.port()), Duration.ofSeconds(1), Duration.ZERO,
                    2, reverse, 65_536, Duration.ofSeconds(5), null);

            var result = new IperfClient().measure(spec);

            assertThat(result).isInstanceOfSatisfying(ThroughputResult.class, throughput -> {
                assertThat(throughput.goodputBitsPerSecond()).isGreaterThan(10e6);
                assertThat(throughput.streams()).isEqualTo(2);
            });
        }
    }

    @Test
    void refusesAClientOnlyWhenTheQueueIsFull() throws Exception {
        start(new IperfServerLimits(Duration.ofSeconds(10), 8, 1, Duration.ofSeconds(3)));
        try (var holder = new ControlChannel(new Socket("127.0.0.1", server.port()))) {
            holder.writeCookie(ControlChannel.newCookie());
            holder.expect(IperfState.PARAM_EXCHANGE, Duration.ofSeconds(5));
            var spec = ThroughputSpec.of(new Endpoint("127.0.0.1", server.port()), 1);
            var queued = CompletableFuture.supplyAsync(() -> new IperfClient().measure(spec));
            await().atMost(Duration.ofSeconds(5)).until(() -> server.waiting() == 1);

            var refused = new IperfClient().measure(spec);

            assertThat(refused).isInstanceOfSatisfying(MeasurementFailure.class,
                    failure -> assertThat(failure.code()).isEqualTo(FailureCode.BUSY));
            holder.writeJson(Map.of("tcp", true, "time", 1, "parallel", 1, "len", 1024));
            holder.close();
            assertThat(queued.orTimeout(20, TimeUnit.SECONDS).join()).isInstanceOf(ThroughputResult.class);
        }
    }

    private void start(IperfServerLimits limits) throws IOException {
        server = IperfServer.start(new InetSocketAddress("127.0.0.1", 0), limits, served::add);
    }

    @SuppressWarnings("unchecked")
    private static double receivedBitsPerSecond(String json) {
        var end = (Map<String, Object>) Json.parseObject(json).get("end");
        var sum = (Map<String, Object>) end.get("sum_received");
        return ((Number) sum.get("bits_per_second")).doubleValue();
    }
}
