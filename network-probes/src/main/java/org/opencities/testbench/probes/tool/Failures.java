package org.opencities.testbench.probes.tool;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Instant;
import javax.net.ssl.SSLException;
import org.opencities.testbench.probes.result.FailureCode;
import org.opencities.testbench.probes.result.MeasurementFailure;
import org.opencities.testbench.probes.spec.MeasurementSpec;

/** Turns what went wrong in a run into a failure result with a stable code. */
public final class Failures {

    private Failures() {
    }

    /** A failure of {@code spec} with the given code and reason. */
    public static MeasurementFailure of(MeasurementSpec spec, Instant startedAt, FailureCode code, String reason) {
        return new MeasurementFailure(spec.tool(), spec.address(), startedAt, code, reason);
    }

    /** The failure an exception stands for; the reason keeps the exception's own message. */
    public static MeasurementFailure of(MeasurementSpec spec, Instant startedAt, Exception e) {
        if (e instanceof InterruptedException || e instanceof ClosedByInterruptException) {
            Thread.currentThread().interrupt();
        }
        return of(spec, startedAt, codeOf(e), describe(e));
    }

    static FailureCode codeOf(Exception e) {
        if (e instanceof UnknownHostException) {
            return FailureCode.DNS_FAILURE;
        }
        if (e instanceof ConnectException || e instanceof PortUnreachableException) {
            return FailureCode.REFUSED;
        }
        if (e instanceof NoRouteToHostException || networkUnreachable(e)) {
            return FailureCode.UNREACHABLE;
        }
        if (e instanceof SocketTimeoutException) {
            return FailureCode.TIMEOUT;
        }
        if (e instanceof SSLException) {
            return FailureCode.TLS_FAILURE;
        }
        if (e instanceof InterruptedException || e instanceof ClosedByInterruptException
                || e instanceof InterruptedIOException) {
            return FailureCode.INTERRUPTED;
        }
        if (e instanceof IllegalArgumentException) {
            return FailureCode.INVALID_SPEC;
        }
        return e instanceof IOException ? FailureCode.IO_ERROR : FailureCode.PROTOCOL_ERROR;
    }

    /**
     * The JDK reports ENETUNREACH (no route to the target's network at all) as a plain
     * {@code SocketException} with the system's message, unlike EHOSTUNREACH.
     */
    private static boolean networkUnreachable(Exception e) {
        return e instanceof SocketException && e.getMessage() != null
                && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("network is unreachable");
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
