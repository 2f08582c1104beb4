package org.opencities.testbench.probes.tool.stamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opencities.testbench.probes.result.ErrorEstimate;
import org.opencities.testbench.probes.result.FailureCode;
import org.opencities.testbench.probes.result.LatencyStatistics;
import org.opencities.testbench.probes.result.MeasurementFailure;
import org.opencities.testbench.probes.result.MeasurementResult;
import org.opencities.testbench.probes.result.StampResult;
import org.opencities.testbench.probes.spec.StampSpec;

/**
 * The sender's bookkeeping for one session: when each packet left (monotonic clock), which replies
 * came back, and the figures they give. Round-trip time is (T4 - T1) - (T3 - T2): T1 and T4 from the
 * monotonic clock, so that a wall-clock jump on the sender changes nothing; T3 - T2 from the
 * reflector's stamps, ignored when a reflector clock jump makes it negative or longer than T4 - T1.
 */
final class StampSession {

    /**
     * Unanswered packets at the end of a session from which the replies count as stopped rather than
     * lost: the reflector went away or the path was cut, and loss figures would blame the network.
     */
    static final int STOPPED_AFTER_PACKETS = 10;

    private final StampSpec spec;
    private final Instant startedAt;
    private final long[] sentAt;
    private final int[] replies;
    private final List<Long> rtts = new ArrayList<>();
    private int sent;
    private int duplicates;
    private int reordered;
    private int malformed;
    private long highestSeq = -1;
    private long previousRtt = -1;
    private double jitterNanos;
    private ErrorEstimate reflectorEstimate;
    private boolean portUnreachable;

    StampSession(StampSpec spec, Instant startedAt) {
        this.spec = spec;
        this.startedAt = startedAt;
        this.sentAt = new long[spec.count()];
        this.replies = new int[spec.count()];
    }

    int sent() {
        return sent;
    }

    boolean complete() {
        return sent == spec.count() && rtts.size() == sent;
    }

    void sent(int seq, long monotonicNanos) {
        sentAt[seq] = monotonicNanos;
        sent = seq + 1;
    }

    /** The latest round-trip time in nanoseconds, or -1 before the first reply. */
    long lastRttNanos() {
        return previousRtt;
    }

    boolean answered(int seq) {
        return replies[seq] > 0;
    }

    void portUnreachable() {
        portUnreachable = true;
    }

    void received(StampPackets.ReflectorPacket reply, long monotonicNanos) {
        if (reply == null || reply.senderSeq() >= sent) {
            malformed++;
            return;
        }
        int seq = (int) reply.senderSeq();
        if (replies[seq]++ > 0) {
            duplicates++;
            return;
        }
        if (seq < highestSeq) {
            reordered++;
        }
        highestSeq = Math.max(highestSeq, seq);
        long raw = monotonicNanos - sentAt[seq];
        long turnaround = NtpTimestamp.nanosBetween(reply.receiveTimestamp(), reply.timestamp());
        long rtt = turnaround >= 0 && turnaround < raw ? raw - turnaround : raw;
        if (previousRtt >= 0) {
            jitterNanos += (Math.abs(rtt - previousRtt) - jitterNanos) / 16;
        }
        previousRtt = rtt;
        rtts.add(rtt);
        reflectorEstimate = reply.errorEstimate();
    }

    MeasurementResult result(ErrorEstimate senderEstimate) {
        String target = spec.address();
        if (rtts.isEmpty()) {
            return portUnreachable
                    ? new MeasurementFailure(spec.tool(), target, startedAt, FailureCode.REFUSED,
                            "ICMP port unreachable: no STAMP reflector listens on " + target)
                    : new MeasurementFailure(spec.tool(), target, startedAt, FailureCode.NO_REPLY,
                            "no valid reply to " + sent + " test packets within " + spec.timeout()
                                    + " after the last one" + (malformed > 0 ? " (" + malformed + " malformed)" : ""));
        }
        long unansweredAtEnd = sent - 1 - highestSeq;
        if (unansweredAtEnd >= STOPPED_AFTER_PACKETS) {
            return new MeasurementFailure(spec.tool(), target, startedAt, FailureCode.NO_REPLY,
                    "replies stopped after test packet " + highestSeq + ": the last " + unansweredAtEnd + " of " + sent
                            + " got no reply within " + spec.timeout() + " ("
                            + (portUnreachable ? "ICMP port unreachable: the reflector stopped"
                                    : "the reflector stopped or the path was cut")
                            + "); " + rtts.size() + " were answered before");
        }
        int lost = sent - rtts.size();
        return new StampResult(spec.tool(), target, startedAt, sent, rtts.size(), lost, (double) lost / sent,
                duplicates, reordered, malformed, LatencyStatistics.ofNanos(rtts), jitterNanos / 1e6, senderEstimate,
                reflectorEstimate);
    }
}
