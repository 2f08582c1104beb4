package org.opencities.testbench.probes.tool.iperf3;

import org.opencities.testbench.probes.result.FailureCode;

/** The peer broke the iperf3 protocol or refused the test; carries the failure code to report. */
final class IperfProtocolException extends Exception {

    private static final long serialVersionUID = 1L;

    private final FailureCode code;

    IperfProtocolException(FailureCode code, String message) {
        super(message);
        this.code = code;
    }

    FailureCode code() {
        return code;
    }
}
