package org.opencities.testbench.probes.tool.iperf3;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.opencities.testbench.probes.result.FailureCode;
import org.opencities.testbench.probes.result.MeasurementFailure;
import org.opencities.testbench.probes.result.MeasurementResult;

/**
 * One client's test on our server, from PARAM_EXCHANGE to IPERF_DONE. Its data connections arrive
 * through {@link #offerStream(Socket)} once the server matched their cookie.
 */
final class ServedTest {

    private static final String TOOL = "throughput";
    private static final BufferDelayProbe.Outcome NOT_MEASURED_HERE = BufferDelayProbe.Outcome.unmeasured(
            "buffer delay is measured by a client given a STAMP reflector, not by the server");

    private final ControlChannel control;
    private final byte[] cookie;
    private final IperfServerLimits limits;
    private final String client;
    private final BlockingQueue<Socket> arriving = new LinkedBlockingQueue<>();

    ServedTest(Socket control, byte[] cookie, IperfServerLimits limits) throws IOException {
        this.control = new ControlChannel(control);
        this.cookie = cookie.clone();
        this.limits = limits;
        var remote = (InetSocketAddress) control.getRemoteSocketAddress();
        this.client = remote.getAddress().getHostAddress() + ":" + remote.getPort();
    }

    boolean owns(byte[] streamCookie) {
        return ControlChannel.sameCookie(cookie, streamCookie);
    }

    void offerStream(Socket socket) {
        arriving.add(socket);
    }

    /** Tells a client that no place is left in the queue, as a busy stock server would. */
    void refuse() {
        try (control) {
            control.writeState(IperfState.ACCESS_DENIED);
        } catch (IOException e) {
            // The client is gone already; nothing to tell.
        }
    }

    /** Closes the control connection, which ends a running test at its next step. */
    void abort() {
        Quietly.close(control);
    }

    /** Runs the test and says how it went, from the server's side. */
    MeasurementResult run() {
        Instant startedAt = Instant.now();
        List<Socket> sockets = new ArrayList<>();
        try (control) {
            control.writeState(IperfState.PARAM_EXCHANGE);
            var parameters = parameters();
            control.writeState(IperfState.CREATE_STREAMS);
            collectStreams(parameters.parallel(), sockets);
            control.writeState(IperfState.TEST_START);
            control.writeState(IperfState.TEST_RUNNING);
            return transfer(parameters, sockets, startedAt);
        } catch (IperfProtocolException e) {
            return new MeasurementFailure(TOOL, client, startedAt, e.code(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new MeasurementFailure(TOOL, client, startedAt,
                    e instanceof SocketTimeoutException ? FailureCode.TIMEOUT : FailureCode.IO_ERROR,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            sockets.forEach(Quietly::close);
            arriving.forEach(Quietly::close);
        }
    }

    private TestParameters parameters() throws IOException, IperfProtocolException {
        try {
            return TestParameters.from(control.readJson(ControlChannel.MAX_PARAMS, limits.setupTimeout()), limits);
        } catch (TestParameters.Refused e) {
            control.writeServerError(e.errorNumber());
            throw e.asFailure();
        } catch (IperfProtocolException e) {
            control.writeServerError(TestParameters.IERECVPARAMS);
            throw e;
        }
    }

    private void collectStreams(int parallel, List<Socket> sockets) throws IperfProtocolException {
        long deadline = System.nanoTime() + limits.setupTimeout().toNanos();
        try {
            while (sockets.size() < parallel) {
                var socket = arriving.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (socket == null) {
                    throw new IperfProtocolException(FailureCode.TIMEOUT, "the client opened " + sockets.size() + " of "
                            + parallel + " streams within " + limits.setupTimeout());
                }
                sockets.add(socket);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IperfProtocolException(FailureCode.INTERRUPTED, "the server stopped while streams were opened");
        }
    }

    private MeasurementResult transfer(TestParameters parameters, List<Socket> sockets, Instant startedAt)
            throws IOException, IperfProtocolException {
        try (var streams = parameters.reverse() ? DataStreams.send(sockets, parameters.blockSize())
                : DataStreams.receive(sockets)) {
            long start = System.nanoTime();
            IperfState early = awaitClient(start + TimeUnit.SECONDS.toNanos(parameters.omitSeconds()));
            long[] atOmit = early == null ? streams.bytes() : new long[streams.size()];
            long measuredFrom = System.nanoTime();
            IperfState end = early != null ? early : awaitClient(start + TimeUnit.SECONDS.toNanos(
                    parameters.omitSeconds() + parameters.timeSeconds()) + limits.setupTimeout().toNanos());
            if (end != IperfState.TEST_END) {
                throw new IperfProtocolException(end == null ? FailureCode.TIMEOUT : FailureCode.PROTOCOL_ERROR,
                        end == null ? "the client sent no TEST_END in time" : "the client ended the test with " + end);
            }
            long[] atEnd = streams.bytes();
            double seconds = (System.nanoTime() - measuredFrom) / 1e9;
            streams.stopSending();
            long[] measured = TestFigures.between(atOmit, atEnd);
            control.writeState(IperfState.EXCHANGE_RESULTS);
            var clientResults = IperfResults.peer(control.readJson(ControlChannel.MAX_RESULTS, limits.setupTimeout()));
            control.writeJson(IperfResults.ours(measured, seconds));
            control.writeState(IperfState.DISPLAY_RESULTS);
            control.readState(limits.setupTimeout());
            return TestFigures.result(TOOL, client, startedAt, parameters.reverse(), parameters.parallel(),
                    !parameters.reverse(), measured, seconds, clientResults, NOT_MEASURED_HERE);
        }
    }

    /** Waits until {@code deadline} for a state from the client; null when none came. */
    private IperfState awaitClient(long deadline) throws IOException, IperfProtocolException {
        long left = deadline - System.nanoTime();
        while (left > 0) {
            try {
                var state = control.readState(Duration.ofNanos(left));
                if (state == null) {
                    throw new IperfProtocolException(FailureCode.IO_ERROR, "the client closed the control connection");
                }
                return state;
            } catch (SocketTimeoutException e) {
                left = deadline - System.nanoTime();
            }
        }
        return null;
    }
}
