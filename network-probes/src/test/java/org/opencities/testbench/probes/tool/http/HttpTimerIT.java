package org.opencities.testbench.probes.tool.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencities.testbench.probes.result.FailureCode;
import org.opencities.testbench.probes.result.HttpTimingResult;
import org.opencities.testbench.probes.result.MeasurementFailure;
import org.opencities.testbench.probes.result.MeasurementResult;
import org.opencities.testbench.probes.spec.HttpTimingSpec;

/** HTTP timing against JDK HTTP and HTTPS servers on loopback; the certificate is made for the test. */
class HttpTimerIT {

    private static final char[] PASSWORD = "probe-test".toCharArray();
    private static final byte[] BODY = new byte[100_000];

    @TempDir
    static Path work;

    private static KeyStore keys;

    private HttpServer server;

    @BeforeAll
    static void makeSelfSignedCertificate() throws Exception {
        Path store = work.resolve("localhost.p12");
        var keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        var process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "localhost", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
        keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void timesAPlainHttpGet() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serveBody(server);

        var result = timing(new HttpTimer().measure(HttpTimingSpec.of(url("http", "/hello?x=1"))));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.remoteAddress()).isEqualTo("127.0.0.1");
        assertThat(result.bodyBytes()).isEqualTo(BODY.length);
        assertThat(result.bodyTruncated()).isFalse();
        assertThat(result.tlsMillis()).isLessThan(1);
        assertThat(result.tlsProtocol()).isNull();
        assertThat(result.totalMillis()).isGreaterThanOrEqualTo(
                result.dnsMillis() + result.connectMillis() + result.firstByteMillis());
    }

    @Test
    void timesTheTlsHandshakeOfAnHttpsGet() throws Exception {
        var https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(serverTls()));
        server = https;
        serveBody(server);

        var result = timing(new HttpTimer(clientTls(), Clock.systemUTC()).measure(HttpTimingSpec.of(url("https", "/"))));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.tlsMillis()).isPositive();
        assertThat(result.tlsProtocol()).startsWith("TLSv1.");
        assertThat(result.bodyBytes()).isEqualTo(BODY.length);
    }

    @Test
    void failsWithTlsFailureForAnUntrustedCertificate() throws Exception {
        var https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(serverTls()));
        server = https;
        serveBody(server);

        var result = new HttpTimer().measure(HttpTimingSpec.of(url("https", "/")));

        assertFailure(result, FailureCode.TLS_FAILURE);
    }

    @Test
    void readsTheBodyOnlyUpToTheLimit() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serveBody(server);

        var result = timing(new HttpTimer().measure(new HttpTimingSpec(url("http", "/"), Duration.ofSeconds(5), 10_000)));

        assertThat(result.bodyBytes()).isEqualTo(10_000);
        assertThat(result.bodyTruncated()).isTrue();
    }

    @Test
    void failsWithTimeoutWhenTheServerNeverAnswers() throws IOException {
        try (var silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var spec = new HttpTimingSpec(URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/"),
                    Duration.ofMillis(300), 1_000);

            assertFailure(new HttpTimer().measure(spec), FailureCode.TIMEOUT);
        }
    }

    @Test
    void failsWithRefusedForAClosedPort() throws IOException {
        int closed;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        assertFailure(new HttpTimer().measure(HttpTimingSpec.of(URI.create("http://127.0.0.1:" + closed + "/"))),
                FailureCode.REFUSED);
    }

    @Test
    void failsWithDnsFailureForAnUnknownName() {
        assertFailure(new HttpTimer().measure(HttpTimingSpec.of(URI.create("http://no-such-host.invalid/"))),
                FailureCode.DNS_FAILURE);
    }

    private URI url(String scheme, String path) {
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void serveBody(HttpServer server) {
        server.createContext("/", HttpTimerIT::answer);
        server.start();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, BODY.length);
        try (var out = exchange.getResponseBody()) {
            out.write(BODY);
        }
    }

    private static SSLContext serverTls() throws Exception {
        var keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        var context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        return context;
    }

    private static SSLContext clientTls() throws Exception {
        var trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(keys);
        var context = SSLContext.getInstance("TLS");
        context.init(null, trustManagers.getTrustManagers(), null);
        return context;
    }

    private static HttpTimingResult timing(MeasurementResult result) {
        assertThat(result).isInstanceOf(HttpTimingResult.class);
        return (HttpTimingResult) result;
    }

    private static void assertFailure(MeasurementResult result, FailureCode code) {
        assertThat(result).isInstanceOfSatisfying(MeasurementFailure.class,
                failure -> assertThat(failure.code()).as(failure.reason()).isEqualTo(code));
    }
}
