package org.opencities.testbench.probes.tool.iperf3;

/** The iperf3 control states; each travels as one signed byte on the control connection. */
enum IperfState {
    TEST_START(1),
    TEST_RUNNING(2),
    TEST_END(4),
    PARAM_EXCHANGE(9),
    CREATE_STREAMS(10),
    SERVER_TERMINATE(11),
    CLIENT_TERMINATE(12),
    EXCHANGE_RESULTS(13),
    DISPLAY_RESULTS(14),
    IPERF_START(15),
    IPERF_DONE(16),
    ACCESS_DENIED(-1),
    SERVER_ERROR(-2);

    private final byte code;

    IperfState(int code) {
        this.code = (byte) code;
    }

    byte code() {
        return code;
    }

    /** The state of {@code code}, or null for a byte iperf3 does not define. */
    static IperfState of(byte code) {
        for (var state : values()) {
            if (state.code == code) {
                return state;
            }
        }
        return null;
    }
}
