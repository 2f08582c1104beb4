package org.opencities.testbench.probes.tool.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.opencities.testbench.probes.result.FailureCode;
import org.opencities.testbench.probes.result.HttpTimingResult;
import org.opencities.testbench.probes.result.MeasurementResult;
import org.opencities.testbench.probes.spec.HttpTimingSpec;
import org.opencities.testbench.probes.tool.Failures;
import org.opencities.testbench.probes.tool.MeasurementTool;

/**
 * Times one HTTP GET phase by phase on plain JDK sockets (the JDK HttpClient hides the phases):
 * name resolution, TCP connect to the first address, TLS handshake with host name verification,
 * first response byte, and the body up to the spec's limit. Every phase shares the spec's timeout.
 */
public final class HttpTimer implements MeasurementTool<HttpTimingSpec> {

    private final SSLContext tls;
    private final Clock clock;

    /** A timer that trusts what {@code tls} trusts (null: the JDK's default context). */
    public HttpTimer(SSLContext tls, Clock clock) {
        this.tls = tls;
        this.clock = clock;
    }

    /** A timer that trusts the JDK's default certificate authorities, loaded on the first HTTPS URL. */
    public HttpTimer() {
        this(null, Clock.systemUTC());
    }

    @Override
    public MeasurementResult measure(HttpTimingSpec spec) {
        Instant startedAt = clock.instant();
        URI url = spec.url();
        long start = System.nanoTime();
        long deadline = start + spec.timeout().toNanos();
        try {
            String host = url.getHost().startsWith("[") ? url.getHost().substring(1, url.getHost().length() - 1)
                    : url.getHost();
            InetAddress address = InetAddress.getAllByName(host)[0];
            long resolved = System.nanoTime();
            boolean https = "https".equalsIgnoreCase(url.getScheme());
            int port = url.getPort() > 0 ? url.getPort() : https ? 443 : 80;
            try (var plain = new Socket()) {
                plain.connect(new InetSocketAddress(address, port), remainingMillis(deadline));
                long connected = System.nanoTime();
                Socket socket = https ? handshake(plain, host, port, deadline) : plain;
                long secured = System.nanoTime();
                String protocol = https ? ((SSLSocket) socket).getSession().getProtocol() : null;
                try (socket) {
                    OutputStream out = socket.getOutputStream();
                    out.write(HttpResponseReader.request(host, port, https ? 443 : 80, pathAndQuery(url)));
                    out.flush();
                    long requested = System.nanoTime();
                    InputStream in = socket.getInputStream();
                    socket.setSoTimeout(remainingMillis(deadline));
                    int first = in.read();
                    long firstByte = System.nanoTime();
                    if (first < 0) {
                        return Failures.of(spec, startedAt, FailureCode.PROTOCOL_ERROR,
                                "the server closed the connection without a response");
                    }
                    var response = HttpResponseReader.read(first, in, spec.maxBodyBytes(),
                            () -> TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()),
                            timeout -> setTimeout(socket, timeout));
                    long done = System.nanoTime();
                    return new HttpTimingResult(spec.tool(), spec.address(), startedAt, response.status(),
                            address.getHostAddress(), millis(resolved - start), millis(connected - resolved),
                            millis(secured - connected), millis(firstByte - requested), millis(done - start),
                            response.bodyBytes(), response.truncated(), protocol);
                }
            }
        } catch (IllegalStateException e) {
            return Failures.of(spec, startedAt, FailureCode.PROTOCOL_ERROR, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return Failures.of(spec, startedAt, e);
        }
    }

    private SSLSocket handshake(Socket plain, String host, int port, long deadline) throws IOException {
        var context = tls != null ? tls : defaultTls();
        var socket = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
        var parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.setSoTimeout(remainingMillis(deadline));
        socket.startHandshake();
        return socket;
    }

    private static void setTimeout(Socket socket, int millis) {
        try {
            socket.setSoTimeout(millis);
        } catch (SocketException e) {
            throw new IllegalStateException("socket closed while reading the response", e);
        }
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new SocketTimeoutException("the timeout passed before the next phase");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    private static String pathAndQuery(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static SSLContext defaultTls() throws SSLException {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new SSLException("the JDK offers no default TLS context", e);
        }
    }
}
