package org.opencities.testbench.probes.tool.iperf3;

import java.util.Map;
import org.opencities.testbench.probes.result.FailureCode;

/** The parameters a client sent, checked against what this server accepts. */
record TestParameters(long timeSeconds, long omitSeconds, int parallel, boolean reverse, int blockSize) {

    /** iperf3 error numbers (iperf_api.h) the stock client can explain to its user. */
    static final int IEDURATION = 5;
    static final int IENUMSTREAMS = 6;
    static final int IEBLOCKSIZE = 7;
    static final int IERECVPARAMS = 114;

    /** A refusal carrying the iperf3 error number to send with SERVER_ERROR. */
    static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        private final int errorNumber;

        Refused(int errorNumber, String message) {
            super(message);
            this.errorNumber = errorNumber;
        }

        int errorNumber() {
            return errorNumber;
        }

        IperfProtocolException asFailure() {
            return new IperfProtocolException(FailureCode.INVALID_SPEC, getMessage());
        }
    }

    static TestParameters from(Map<String, Object> params, IperfServerLimits limits) throws Refused {
        if (!Boolean.TRUE.equals(params.get("tcp"))) {
            throw new Refused(IERECVPARAMS, "only TCP tests are served");
        }
        if (Boolean.TRUE.equals(params.get("bidirectional"))) {
            throw new Refused(IERECVPARAMS, "bidirectional tests are not served; run forward and reverse apart");
        }
        long time = number(params, "time", 10);
        long omit = number(params, "omit", 0);
        if (time < 1 || omit < 0 || time + omit > limits.maxTime().toSeconds()) {
            throw new Refused(IEDURATION, "time " + time + " s and omit " + omit + " s exceed "
                    + limits.maxTime().toSeconds() + " s");
        }
        long parallel = number(params, "parallel", 1);
        if (parallel < 1 || parallel > limits.maxParallel()) {
            throw new Refused(IENUMSTREAMS, parallel + " streams asked; 1 to " + limits.maxParallel() + " served");
        }
        long blockSize = number(params, "len", 131_072);
        if (blockSize < 1 || blockSize > 1 << 20) {
            throw new Refused(IEBLOCKSIZE, "block size " + blockSize + " outside 1 byte .. 1 MiB");
        }
        return new TestParameters(time, omit, (int) parallel, Boolean.TRUE.equals(params.get("reverse")),
                (int) blockSize);
    }

    private static long number(Map<String, Object> params, String name, long fallback) {
        Object value = params.get(name);
        return value instanceof Number number ? number.longValue() : fallback;
    }
}
