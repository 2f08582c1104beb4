package org.opencities.testbench.probes.tool.iperf3;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opencities.testbench.probes.result.ThroughputResult;

/**
 * The figures of a finished test, the same on both ends: bytes and seconds from the side that
 * received, retransmits from the side that sent when it could count them, TCP efficiency from both.
 * Our client and our server each know their own byte counts and the peer's results JSON.
 */
final class TestFigures {

    private TestFigures() {
    }

    /** Bytes per stream moved between the two counter readings. */
    static long[] between(long[] atOmit, long[] atEnd) {
        long[] measured = new long[atEnd.length];
        for (int i = 0; i < measured.length; i++) {
            measured[i] = atEnd[i] - atOmit[i];
        }
        return measured;
    }

    /**
     * The result of a test in which this JVM received the data when {@code weReceived}, else sent it.
     *
     * @param ours bytes per stream this JVM counted during the measured seconds
     * @param ourSeconds the measured seconds by this JVM's clock
     * @param peer the figures in the peer's results JSON
     * @param bufferDelay RTT figures, with the note that explains them
     */
    static ThroughputResult result(String tool, String target, Instant startedAt, boolean reverse, int streams,
            boolean weReceived, long[] ours, double ourSeconds, IperfResults.Peer peer,
            BufferDelayProbe.Outcome bufferDelay) {
        long ourBytes = sum(ours);
        long bytes = weReceived ? ourBytes : peer.bytes();
        double seconds = weReceived || peer.seconds() <= 0 ? ourSeconds : peer.seconds();
        Long retransmits = weReceived ? peer.retransmits() : null;
        long bytesSent = weReceived ? peer.bytes() : ourBytes;
        List<String> notes = new ArrayList<>();
        if (retransmits != null) {
            notes.add("TCP efficiency counts each retransmit as one " + TcpEfficiency.ASSUMED_SEGMENT_BYTES
                    + "-byte segment");
        } else {
            notes.add(weReceived ? "retransmits unknown: the sending peer did not report them"
                    : "retransmits unknown: this JVM is the sender and the JDK exposes no TCP_INFO");
        }
        notes.add(bufferDelay.note());
        return new ThroughputResult(tool, target, startedAt, reverse, streams, seconds, bytes,
                seconds > 0 ? bytes * 8 / seconds : 0, retransmits, TcpEfficiency.percent(bytesSent, retransmits),
                bufferDelay.baselineMillis(), bufferDelay.loadedMillis(), bufferDelay.percent(), notes);
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }
}
