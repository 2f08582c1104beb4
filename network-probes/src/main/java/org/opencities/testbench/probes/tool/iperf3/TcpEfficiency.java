package org.opencities.testbench.probes.tool.iperf3;

/**
 * RFC 6349 TCP Efficiency: (bytes sent - bytes retransmitted) / bytes sent x 100. iperf3 counts
 * retransmitted segments, not bytes, so each counts as one full segment of a 1500-octet Ethernet MTU.
 */
final class TcpEfficiency {

    /** TCP payload per segment with a 1500-octet MTU and TCP timestamps. */
    static final int ASSUMED_SEGMENT_BYTES = 1448;

    private TcpEfficiency() {
    }

    static Double percent(long bytesSent, Long retransmits) {
        if (retransmits == null || bytesSent <= 0) {
            return null;
        }
        double retransmitted = Math.min(bytesSent, retransmits * (double) ASSUMED_SEGMENT_BYTES);
        return (bytesSent - retransmitted) / bytesSent * 100;
    }
}
