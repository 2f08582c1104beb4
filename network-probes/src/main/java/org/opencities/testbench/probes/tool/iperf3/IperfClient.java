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
import org.opencities.testbench.probes.result.StampResult;
import org.opencities.testbench.probes.spec.StampSpec;
import org.opencities.testbench.probes.spec.ThroughputSpec;
import org.opencities.testbench.probes.tool.Failures;
import org.opencities.testbench.probes.tool.MeasurementTool;
import org.opencities.testbench.probes.tool.stamp.StampSender;

/**
 * An iperf3 client in TCP mode, for stock {@code iperf3 -s} servers and our {@link IperfServer}.
 * Figures come from the receiver: the server's results in a forward test, our own count in reverse.
 */
public final class IperfClient implements MeasurementTool<ThroughputSpec> {

    /** The iperf3 version whose protocol this client speaks. */
    static final String CLIENT_VERSION = "3.12";

    private static final String NO_REFLECTOR =
            "buffer delay needs a STAMP reflector next to the server (rttReflector); none was given";

    private final Clock clock;
    private final MeasurementTool<StampSpec> stamp;

    /** A client stamping with {@code clock} that measures RTT for buffer delay with {@code stamp}. */
    public IperfClient(Clock clock, MeasurementTool<StampSpec> stamp) {
        this.clock = clock;
        this.stamp = stamp;
    }

    public IperfClient() {
        this(Clock.systemUTC(), new StampSender());
    }

    @Override
    public MeasurementResult measure(ThroughputSpec spec) {
        Instant startedAt = clock.instant();
        var rtt = spec.rttReflector() == null ? null : new BufferDelayProbe(stamp, spec.rttReflector());
        var baseline = rtt == null ? null : rtt.baseline();
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
            return run(spec, control, dataSockets, startedAt, rtt, baseline);
        } catch (IperfProtocolException e) {
            return Failures.of(spec, startedAt, e.code(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            return Failures.of(spec, startedAt, e);
        } finally {
            dataSockets.forEach(Quietly::close);
        }
    }

    private MeasurementResult run(ThroughputSpec spec, ControlChannel control, List<Socket> dataSockets,
            Instant startedAt, BufferDelayProbe rtt, MeasurementResult baseline)
            throws IOException, IperfProtocolException {
        try (var streams = spec.reverse() ? DataStreams.receive(dataSockets)
                : DataStreams.send(dataSockets, spec.blockSize())) {
            long start = System.nanoTime();
            awaitQuietServer(control, start + spec.omit().toNanos());
            long[] atOmit = streams.bytes();
            long measuredFrom = System.nanoTime();
            var loaded = baseline instanceof StampResult ? rtt.startLoaded(spec.time()) : null;
            awaitQuietServer(control, start + spec.omit().plus(spec.time()).toNanos());
            long[] atEnd = streams.bytes();
            double seconds = (System.nanoTime() - measuredFrom) / 1e9;
            streams.stopSending();
            control.writeState(IperfState.TEST_END);
            long[] measured = TestFigures.between(atOmit, atEnd);
            control.expect(IperfState.EXCHANGE_RESULTS, spec.setupTimeout());
            control.writeJson(IperfResults.ours(measured, seconds));
            var server = IperfResults.peer(control.readJson(ControlChannel.MAX_RESULTS, spec.setupTimeout()));
            control.expect(IperfState.DISPLAY_RESULTS, spec.setupTimeout());
            control.writeState(IperfState.IPERF_DONE);
            var bufferDelay = rtt == null ? BufferDelayProbe.Outcome.unmeasured(NO_REFLECTOR)
                    : BufferDelayProbe.Outcome.of(baseline,
                            loaded == null ? null : rtt.await(loaded, BufferDelayProbe.REPLY_TIMEOUT.multipliedBy(4)));
            return TestFigures.result(spec.tool(), spec.address(), startedAt, spec.reverse(), spec.parallel(),
                    spec.reverse(), measured, seconds, server, bufferDelay);
        }
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

}
