package org.opencities.testbench.probes.tool.iperf3;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencities.testbench.probes.result.FailureCode;
import org.opencities.testbench.probes.result.MeasurementResult;
import org.opencities.testbench.probes.result.ThroughputResult;
import org.opencities.testbench.probes.spec.ThroughputSpec;
import org.opencities.testbench.probes.tool.Failures;
import org.opencities.testbench.probes.tool.MeasurementTool;

/**
 * An iperf3 client in TCP mode, for stock {@code iperf3 -s} servers and our {@link IperfServer}.
 * Figures come from the receiver: the server's results in a forward test, our own count in reverse.
 */
public final class IperfClient implements MeasurementTool<ThroughputSpec> {

    /** The iperf3 version whose protocol this client speaks. */
    static final String CLIENT_VERSION = "3.12";

    private final Clock clock;

    public IperfClient(Clock clock) {
        this.clock = clock;
    }

    public IperfClient() {
        this(Clock.systemUTC());
    }

    @Override
    public MeasurementResult measure(ThroughputSpec spec) {
        Instant startedAt = clock.instant();
        List<Socket> dataSockets = new ArrayList<>();
        try (var control = new ControlChannel(connect(spec))) {
            byte[] cookie = ControlChannel.newCookie();
            control.writeCookie(cookie);
            control.expect(IperfState.PARAM_EXCHANGE, spec.setupTimeout());
            control.writeJson(params(spec));
            control.expect(IperfState.CREATE_STREAMS, spec.setupTimeout());
            for (int i = 0; i < spec.parallel(); i++) {
                var socket = connect(spec);
                dataSockets.add(socket);
                socket.getOutputStream().write(cookie);
            }
            control.expect(IperfState.TEST_START, spec.setupTimeout());
            control.expect(IperfState.TEST_RUNNING, spec.setupTimeout());
            return run(spec, control, dataSockets, startedAt);
        } catch (IperfProtocolException e) {
            return Failures.of(spec, startedAt, e.code(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            return Failures.of(spec, startedAt, e);
        } finally {
            dataSockets.forEach(IperfClient::closeQuietly);
        }
    }

    private MeasurementResult run(ThroughputSpec spec, ControlChannel control, List<Socket> dataSockets,
            Instant startedAt) throws IOException, IperfProtocolException {
        try (var streams = spec.reverse() ? DataStreams.receive(dataSockets)
                : DataStreams.send(dataSockets, spec.blockSize())) {
            long start = System.nanoTime();
            awaitQuietServer(control, start + spec.omit().toNanos());
            long[] atOmit = streams.bytes();
            long measuredFrom = System.nanoTime();
            awaitQuietServer(control, start + spec.omit().plus(spec.time()).toNanos());
            long[] atEnd = streams.bytes();
            double seconds = (System.nanoTime() - measuredFrom) / 1e9;
            streams.stopSending();
            control.writeState(IperfState.TEST_END);
            long[] measured = new long[atEnd.length];
            for (int i = 0; i < measured.length; i++) {
                measured[i] = atEnd[i] - atOmit[i];
            }
            control.expect(IperfState.EXCHANGE_RESULTS, spec.setupTimeout());
            control.writeJson(IperfResults.ours(measured, seconds));
            var server = IperfResults.peer(control.readJson(ControlChannel.MAX_RESULTS, spec.setupTimeout()));
            control.expect(IperfState.DISPLAY_RESULTS, spec.setupTimeout());
            control.writeState(IperfState.IPERF_DONE);
            return result(spec, startedAt, sum(measured), seconds, server);
        }
    }

    private static ThroughputResult result(ThroughputSpec spec, Instant startedAt, long ourBytes, double ourSeconds,
            IperfResults.Peer server) {
        List<String> notes = new ArrayList<>();
        long bytes = spec.reverse() ? ourBytes : server.bytes();
        double seconds = spec.reverse() || server.seconds() <= 0 ? ourSeconds : server.seconds();
        Long retransmits = spec.reverse() ? server.retransmits() : null;
        if (retransmits == null) {
            notes.add(spec.reverse() ? "retransmits unknown: the server did not report them"
                    : "retransmits unknown: this JVM is the sender and the JDK exposes no TCP_INFO");
        } else {
            notes.add("TCP efficiency counts each retransmit as one " + TcpEfficiency.ASSUMED_SEGMENT_BYTES
                    + "-byte segment");
        }
        notes.add("buffer delay needs RTT samples during the transfer; run a STAMP session alongside");
        long bytesSent = spec.reverse() ? server.bytes() : ourBytes;
        return new ThroughputResult(spec.tool(), spec.address(), startedAt, spec.reverse(), spec.parallel(),
                seconds, bytes, seconds > 0 ? bytes * 8 / seconds : 0, retransmits,
                TcpEfficiency.percent(bytesSent, retransmits), null, notes);
    }

    /** Waits until {@code deadline}; anything the server says meanwhile ends the test. */
    private static void awaitQuietServer(ControlChannel control, long deadline)
            throws IOException, IperfProtocolException {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            IperfState state;
            try {
                state = control.readState(Duration.ofNanos(left));
            } catch (SocketTimeoutException e) {
                continue;
            }
            if (state == IperfState.SERVER_ERROR) {
                int[] error = control.readServerError(Duration.ofSeconds(1));
                throw new IperfProtocolException(FailureCode.SERVER_ERROR, "the server reported an error during the test "
                        + "(SERVER_ERROR, iperf3 error " + error[0] + ", errno " + error[1] + ")");
            }
            throw new IperfProtocolException(FailureCode.SERVER_ERROR, state == null
                    ? "the server closed the control connection during the test"
                    : "the server ended the test early with " + state);
        }
    }

    private static Map<String, Object> params(ThroughputSpec spec) {
        var params = new LinkedHashMap<String, Object>();
        params.put("tcp", true);
        params.put("omit", spec.omit().toSeconds());
        params.put("time", spec.time().toSeconds());
        params.put("num", 0);
        params.put("blockcount", 0);
        params.put("parallel", spec.parallel());
        if (spec.reverse()) {
            params.put("reverse", true);
        }
        params.put("len", spec.blockSize());
        params.put("pacing_timer", 1000);
        params.put("client_version", CLIENT_VERSION);
        return params;
    }

    private static Socket connect(ThroughputSpec spec) throws IOException {
        var address = new InetSocketAddress(InetAddress.getByName(spec.server().host()), spec.server().port());
        var socket = new Socket();
        try {
            socket.connect(address, ControlChannel.timeoutMillis(spec.setupTimeout()));
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // The test is over; a failed close changes no figure.
        }
    }
}
