package org.opencities.testbench.probes.tool.iperf3;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results JSON both sides exchange after the data phase, and what can be read from the peer's.
 * This JVM cannot measure CPU use per test nor read TCP_INFO, so it reports zero CPU and no
 * retransmits ({@code sender_has_retransmits} 0, {@code retransmits} -1).
 */
final class IperfResults {

    private IperfResults() {
    }

    /** Our results: one entry per stream with the bytes moved during the measured seconds. */
    static Map<String, Object> ours(long[] bytes, double seconds) {
        List<Object> streams = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            var stream = new LinkedHashMap<String, Object>();
            stream.put("id", DataStreams.streamId(i));
            stream.put("bytes", bytes[i]);
            stream.put("retransmits", -1);
            stream.put("jitter", 0);
            stream.put("errors", 0);
            stream.put("omitted_errors", 0);
            stream.put("packets", 0);
            stream.put("omitted_packets", 0);
            stream.put("start_time", 0);
            stream.put("end_time", seconds);
            streams.add(stream);
        }
        var results = new LinkedHashMap<String, Object>();
        results.put("cpu_util_total", 0);
        results.put("cpu_util_user", 0);
        results.put("cpu_util_system", 0);
        results.put("sender_has_retransmits", 0);
        results.put("streams", streams);
        return results;
    }

    /** The peer's figures: total bytes, longest stream time, and retransmits when its sender knew them. */
    record Peer(long bytes, double seconds, Long retransmits) {
    }

    static Peer peer(Map<String, Object> results) {
        long bytes = 0;
        double seconds = 0;
        long retransmits = 0;
        boolean retransmitsKnown = number(results.get("sender_has_retransmits")) == 1;
        if (results.get("streams") instanceof List<?> streams) {
            for (var item : streams) {
                if (item instanceof Map<?, ?> stream) {
                    bytes += (long) number(stream.get("bytes"));
                    seconds = Math.max(seconds, number(stream.get("end_time")) - number(stream.get("start_time")));
                    long streamRetransmits = (long) number(stream.get("retransmits"));
                    retransmitsKnown &= streamRetransmits >= 0;
                    retransmits += Math.max(0, streamRetransmits);
                }
            }
        }
        return new Peer(bytes, seconds, retransmitsKnown ? retransmits : null);
    }

    private static double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : 0;
    }
}
