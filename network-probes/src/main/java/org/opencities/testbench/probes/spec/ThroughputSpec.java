package org.opencities.testbench.probes.spec;

import java.time.Duration;
import java.util.Objects;

/**
 * A TCP throughput test in the iperf3 protocol: {@code parallel} streams for {@code omit} plus
 * {@code time}, the first {@code omit} left out of the figures (TCP slow start), data flowing from
 * client to server, or from server to client when {@code reverse}; each write is {@code blockSize}
 * bytes. {@code setupTimeout} bounds the connect and each protocol step outside the data phase.
 * {@code rttReflector}, when not null, is a STAMP reflector next to the server: the client then
 * measures the round-trip time on the idle path before the test and during the measured seconds,
 * which gives the RFC 6349 Buffer Delay.
 */
public record ThroughputSpec(Endpoint server, Duration time, Duration omit, int parallel, boolean reverse,
        int blockSize, Duration setupTimeout, Endpoint rttReflector) implements MeasurementSpec {

    /** The port a stock {@code iperf3 -s} listens on. */
    public static final int DEFAULT_PORT = 5201;
    /** iperf3's default TCP block: 128 KiB. */
    public static final int DEFAULT_BLOCK_SIZE = 131_072;
    /** Protocol steps outside the data phase: connect, create streams, start, results, display. */
    private static final int SETUP_STEPS = 5;
    /** The idle-path STAMP session before the test and the wait for the last replies of both sessions. */
    private static final Duration RTT_SESSIONS = Duration.ofSeconds(3);

    public ThroughputSpec {
        Objects.requireNonNull(server, "server");
        Bounds.within("time", time, Duration.ofSeconds(1), Duration.ofSeconds(300));
        Bounds.within("omit", omit, Duration.ZERO, Duration.ofSeconds(60));
        Bounds.within("parallel", parallel, 1, 128);
        Bounds.within("blockSize", blockSize, 1, 1 << 20);
        Bounds.within("setupTimeout", setupTimeout, Duration.ofMillis(1), Duration.ofSeconds(60));
        if (time.toNanos() % 1_000_000_000L != 0 || omit.toNanos() % 1_000_000_000L != 0) {
            throw new IllegalArgumentException("time and omit travel as whole seconds in iperf3: " + time + ", " + omit);
        }
    }

    /** A forward test with one stream for {@code seconds}, no omitted seconds, iperf3's block size. */
    public static ThroughputSpec of(Endpoint server, int seconds) {
        return new ThroughputSpec(server, Duration.ofSeconds(seconds), Duration.ZERO, 1, false, DEFAULT_BLOCK_SIZE,
                Duration.ofSeconds(5), null);
    }

    /** This test with round-trip times measured against the STAMP reflector at {@code reflector}. */
    public ThroughputSpec withRttReflector(Endpoint reflector) {
        return new ThroughputSpec(server, time, omit, parallel, reverse, blockSize, setupTimeout,
                Objects.requireNonNull(reflector, "reflector"));
    }

    @Override
    public String tool() {
        return "throughput";
    }

    @Override
    public String address() {
        return server.toString();
    }

    @Override
    public Duration bound() {
        var bound = omit.plus(time).plus(setupTimeout.multipliedBy(SETUP_STEPS));
        return rttReflector == null ? bound : bound.plus(RTT_SESSIONS);
    }
}
