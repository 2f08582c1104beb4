package org.opencities.testbench.probes.tool.stamp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.opencities.testbench.probes.result.ErrorEstimate;
import org.opencities.testbench.probes.result.MeasurementResult;
import org.opencities.testbench.probes.spec.StampSpec;
import org.opencities.testbench.probes.tool.Failures;
import org.opencities.testbench.probes.tool.MeasurementTool;

/**
 * The STAMP Session-Sender: sends the spec's test packets on schedule from one UDP socket, collects
 * the reflections until the timeout after the last packet, and summarises them. The wall clock only
 * fills the NTP timestamps; schedule and round-trip times use the monotonic clock. After each packet
 * the sender polls for the reply instead of sleeping, so that a scheduler wake-up is not counted as
 * round-trip time (docs/probes-tools.md says how much that was and what it costs).
 */
public final class StampSender implements MeasurementTool<StampSpec> {

    /** An honest default for a host that does not know how well its clock is synchronised: S = 0, about 1 ms. */
    public static final ErrorEstimate UNSYNCHRONISED = ErrorEstimate.atLeast(Duration.ofMillis(1), false);

    /**
     * How long the sender polls for a reply after each packet before it sleeps in the selector, on
     * paths whose last round trip was shorter than this (on longer paths polling could not help).
     */
    static final long SPIN_AFTER_SEND_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final Clock clock;
    private final ErrorEstimate errorEstimate;

    /** A sender stamping with {@code clock} and announcing {@code errorEstimate}. */
    public StampSender(Clock clock, ErrorEstimate errorEstimate) {
        this.clock = clock;
        this.errorEstimate = errorEstimate;
    }

    /** A sender with the system UTC clock, claiming no synchronisation. */
    public StampSender() {
        this(Clock.systemUTC(), UNSYNCHRONISED);
    }

    @Override
    public MeasurementResult measure(StampSpec spec) {
        Instant startedAt = clock.instant();
        try (var channel = DatagramChannel.open(); var selector = Selector.open()) {
            var target = new InetSocketAddress(InetAddress.getByName(spec.target().host()), spec.target().port());
            channel.setOption(StandardSocketOptions.IP_TOS, spec.dscp() << 2);
            channel.connect(target);
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            var session = new StampSession(spec, startedAt);
            run(spec, channel, selector, session);
            return session.result(errorEstimate);
        } catch (IOException | RuntimeException e) {
            return Failures.of(spec, startedAt, e);
        }
    }

    private void run(StampSpec spec, DatagramChannel channel, Selector selector, StampSession session)
            throws IOException {
        var out = ByteBuffer.allocateDirect(StampPackets.BASE_LENGTH + spec.padding());
        var in = ByteBuffer.allocateDirect(65_536);
        long interval = spec.interval().toNanos();
        long start = System.nanoTime();
        long deadline = start + interval * (spec.count() - 1) + spec.timeout().toNanos();
        while (!session.complete() && System.nanoTime() - deadline < 0) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ClosedByInterruptException();
            }
            int next = session.sent();
            long due = start + interval * next;
            if (next < spec.count() && System.nanoTime() - due >= 0) {
                StampPackets.writeSender(out, out.capacity(), next, NtpTimestamp.of(clock.instant()), errorEstimate);
                session.sent(next, System.nanoTime());
                send(channel, out, session);
                awaitReplyBriefly(channel, in, session, next, Math.min(start + interval * (next + 1), deadline));
                continue;
            }
            // Sleeping to the next whole millisecond costs no CPU; a packet leaves up to about 1 ms after
            // its slot, the schedule never drifts, and T1 is taken when it really leaves.
            long waitNanos = (next < spec.count() ? Math.min(due, deadline) : deadline) - System.nanoTime();
            long waitMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(waitNanos + 999_999));
            if ((waitNanos > 0 ? selector.select(waitMillis) : selector.selectNow()) > 0) {
                selector.selectedKeys().clear();
                drain(channel, in, session);
            }
        }
    }

    /**
     * Polls the socket without sleeping until the reply to {@code seq} is in, for at most
     * {@link #SPIN_AFTER_SEND_NANOS} and never past {@code notAfter}, unless the last round trip was
     * longer than that. A thread that sleeps in the selector is woken by the reply through the
     * scheduler, which costs 50 to 80 microseconds on a busy virtual machine and would be counted as
     * round-trip time.
     */
    private static void awaitReplyBriefly(DatagramChannel channel, ByteBuffer in, StampSession session, int seq,
            long notAfter) throws IOException {
        if (session.lastRttNanos() > SPIN_AFTER_SEND_NANOS) {
            return;
        }
        long until = Math.min(System.nanoTime() + SPIN_AFTER_SEND_NANOS, notAfter);
        while (!session.answered(seq) && System.nanoTime() - until < 0) {
            if (drain(channel, in, session) == 0) {
                Thread.onSpinWait();
            }
        }
    }

    private static void send(DatagramChannel channel, ByteBuffer out, StampSession session) throws IOException {
        try {
            channel.write(out);
        } catch (PortUnreachableException e) {
            session.portUnreachable();
        }
    }

    /** Reads the replies waiting on the socket, stamping each on arrival; returns how many. */
    private static int drain(DatagramChannel channel, ByteBuffer in, StampSession session) throws IOException {
        int datagrams = 0;
        for (; datagrams < 1_024; datagrams++) {
            in.clear();
            int read;
            try {
                read = channel.read(in);
            } catch (PortUnreachableException e) {
                session.portUnreachable();
                continue;
            }
            if (read <= 0) {
                return datagrams;
            }
            long arrived = System.nanoTime();
            in.flip();
            session.received(StampPackets.readReflector(in), arrived);
        }
        return datagrams;
    }
}
