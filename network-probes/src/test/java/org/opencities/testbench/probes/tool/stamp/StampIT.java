package org.opencities.testbench.probes.tool.stamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.probes.result.FailureCode;
import org.opencities.testbench.probes.result.MeasurementFailure;
import org.opencities.testbench.probes.result.MeasurementResult;
import org.opencities.testbench.probes.result.StampResult;
import org.opencities.testbench.probes.spec.Endpoint;
import org.opencities.testbench.probes.spec.StampSpec;

/** Sender against our reflector on loopback, with the faults a real path shows. */
class StampIT {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress("127.0.0.1", 0);

    private StampReflector reflector;

    @BeforeEach
    void startReflector() throws IOException {
        reflector = StampReflector.start(ANY_LOOPBACK_PORT);
    }

    @AfterEach
    void stopReflector() throws IOException {
        reflector.close();
    }

    @Test
    void measuresRoundTripsWithoutLossOnLoopback() {
        var result = stamp(new StampSpec(target(reflector), 50, Duration.ofMillis(2), 0, 46, Duration.ofSeconds(1)));

        assertThat(result.sent()).isEqualTo(50);
        assertThat(result.received()).isEqualTo(50);
        assertThat(result.lost()).isZero();
        assertThat(result.lossRatio()).isZero();
        assertThat(result.duplicates()).isZero();
        assertThat(result.malformed()).isZero();
        assertThat(result.rtt().minMillis()).isPositive().isLessThanOrEqualTo(result.rtt().medianMillis());
        assertThat(result.rtt().medianMillis()).isLessThanOrEqualTo(result.rtt().p95Millis());
        assertThat(result.rtt().p95Millis()).isLessThanOrEqualTo(result.rtt().maxMillis()).isLessThan(1_000);
        assertThat(result.jitterMillis()).isNotNegative();
        assertThat(result.reflectorErrorEstimate()).isEqualTo(StampSender.UNSYNCHRONISED);
        assertThat(reflector.reflected()).isEqualTo(50);
    }

    @Test
    void reflectsPaddedPacketsAtTheirLength() {
        var result = stamp(new StampSpec(target(reflector), 5, Duration.ZERO, StampSpec.MAX_PADDING, 0,
                Duration.ofSeconds(1)));

        assertThat(result.received()).isEqualTo(5);
        assertThat(reflector.discarded()).isZero();
    }

    @Test
    void answersManySendersAtOnce() {
        var spec = new StampSpec(target(reflector), 40, Duration.ofMillis(1), 0, 0, Duration.ofSeconds(2));
        List<CompletableFuture<MeasurementResult>> sessions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sessions.add(CompletableFuture.supplyAsync(() -> new StampSender().measure(spec)));
        }

        var results = sessions.stream().map(session -> session.orTimeout(10, TimeUnit.SECONDS).join()).toList();

        assertThat(results).allSatisfy(result -> assertThat(((StampResult) result).received()).isEqualTo(40));
        // The reflector counts a reply after sending it, so the last count may trail the last reply.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(reflector.reflected()).isEqualTo(8 * 40));
    }

    @Test
    void survivesRandomAndTruncatedDatagrams() throws IOException {
        var random = new Random(862);
        try (var fuzzer = DatagramChannel.open()) {
            fuzzer.connect(new InetSocketAddress("127.0.0.1", reflector.port()));
            for (int batch = 1; batch <= 40; batch++) {
                for (int i = 0; i < 50; i++) {
                    var datagram = new byte[1 + random.nextInt(120)];
                    random.nextBytes(datagram);
                    fuzzer.write(ByteBuffer.wrap(datagram));
                }
                long handled = batch * 50L;
                await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(1))
                        .until(() -> reflector.reflected() + reflector.discarded() >= handled);
            }
        }

        assertThat(reflector.running()).isTrue();
        assertThat(stamp(StampSpec.of(target(reflector), 10)).received()).isEqualTo(10);
    }

    @Test
    void countsMalformedRepliesWithoutTakingThemForRoundTrips() throws IOException {
        try (var liar = DatagramChannel.open().bind(ANY_LOOPBACK_PORT)) {
            var answers = CompletableFuture.runAsync(() -> answerShortThenWrongSeq(liar));

            var result = new StampSender().measure(new StampSpec(target(liar.socket().getLocalPort()), 3,
                    Duration.ofMillis(1), 0, 0, Duration.ofMillis(300)));

            answers.orTimeout(5, TimeUnit.SECONDS).join();
            assertThat(result).isInstanceOfSatisfying(MeasurementFailure.class, failure -> {
                assertThat(failure.code()).isEqualTo(FailureCode.NO_REPLY);
                assertThat(failure.reason()).contains("3 test packets", "6 malformed");
            });
        }
    }

    @Test
    void failsWithTheReasonWhenTheReflectorStopsMidRun() {
        var spec = new StampSpec(target(reflector), 60, Duration.ofMillis(10), 0, 0, Duration.ofMillis(300));
        var session = CompletableFuture.supplyAsync(() -> new StampSender().measure(spec));
        await().atMost(Duration.ofSeconds(5)).until(() -> reflector.reflected() >= 20);

        closeQuietly(reflector);
        var result = session.orTimeout(10, TimeUnit.SECONDS).join();

        assertThat(result).isInstanceOfSatisfying(MeasurementFailure.class, failure -> {
            assertThat(failure.code()).isEqualTo(FailureCode.NO_REPLY);
            assertThat(failure.reason()).contains("replies stopped after test packet", "of 60 got no reply",
                    "ICMP port unreachable: the reflector stopped");
        });
    }

    @Test
    void failsWithRefusedWhenNoReflectorListens() throws IOException {
        int unused = reflector.port();
        reflector.close();

        var result = new StampSender().measure(new StampSpec(target(unused), 3, Duration.ofMillis(5), 0, 0,
                Duration.ofMillis(200)));

        assertThat(result).isInstanceOfSatisfying(MeasurementFailure.class, failure -> {
            assertThat(failure.code()).isIn(FailureCode.REFUSED, FailureCode.NO_REPLY);
            assertThat(failure.reason()).contains("127.0.0.1:" + unused);
        });
    }

    @Test
    void keepsRoundTripsRightWhenTheWallClockJumps() throws IOException {
        try (var jumpingReflector = StampReflector.start(ANY_LOOPBACK_PORT, jumpingClock(), StampSender.UNSYNCHRONISED)) {
            var sender = new StampSender(jumpingClock(), StampSender.UNSYNCHRONISED);

            var result = (StampResult) sender.measure(StampSpec.of(target(jumpingReflector), 20));

            assertThat(result.received()).isEqualTo(20);
            assertThat(result.rtt().maxMillis()).isLessThan(1_000);
        }
    }

    @Test
    void failsWithDnsFailureForAnUnresolvableName() {
        var result = new StampSender().measure(StampSpec.of(new Endpoint("no-such-host.invalid", 862), 1));

        assertThat(result).isInstanceOfSatisfying(MeasurementFailure.class,
                failure -> assertThat(failure.code()).isEqualTo(FailureCode.DNS_FAILURE));
    }

    /** A wall clock that jumps an hour forward or back on every reading, as a badly stepped NTP client would. */
    private static Clock jumpingClock() {
        var readings = new AtomicLong();
        return new Clock() {
            @Override
            public Instant instant() {
                long reading = readings.incrementAndGet();
                return Instant.now().plus(Duration.ofHours(reading % 2 == 0 ? 1 : -1));
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
    }

    private static void answerShortThenWrongSeq(DatagramChannel liar) {
        try {
            var in = ByteBuffer.allocate(2_048);
            for (int i = 0; i < 3; i++) {
                in.clear();
                var sender = liar.receive(in);
                liar.send(ByteBuffer.allocate(20), sender);
                var wrongSeq = ByteBuffer.allocate(44).putInt(24, 1_000 + i);
                liar.send(wrongSeq, sender);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StampResult stamp(StampSpec spec) {
        var result = new StampSender().measure(spec);
        assertThat(result).isInstanceOf(StampResult.class);
        return (StampResult) result;
    }

    private static Endpoint target(StampReflector reflector) {
        return target(reflector.port());
    }

    private static Endpoint target(int port) {
        return new Endpoint("127.0.0.1", port);
    }

    private static void closeQuietly(StampReflector reflector) {
        try {
            reflector.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
