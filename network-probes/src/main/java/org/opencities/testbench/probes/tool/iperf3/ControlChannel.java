package org.opencities.testbench.probes.tool.iperf3;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.opencities.testbench.probes.result.FailureCode;

/**
 * The iperf3 control connection: the 37-octet cookie, one-byte states, and JSON as a 4-byte
 * big-endian length followed by the text. Every read waits at most the given time.
 */
final class ControlChannel implements Closeable {

    /** 36 cookie characters and a NUL. */
    static final int COOKIE_LENGTH = 37;
    /** The largest parameter JSON iperf3 accepts. */
    static final int MAX_PARAMS = 8 * 1024;
    /** The largest results JSON read; stock results with 128 streams stay far below. */
    static final int MAX_RESULTS = 1 << 20;

    private static final byte[] COOKIE_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;

    ControlChannel(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = new DataInputStream(socket.getInputStream());
        this.out = new DataOutputStream(socket.getOutputStream());
    }

    /** A fresh random cookie. */
    static byte[] newCookie() {
        byte[] cookie = new byte[COOKIE_LENGTH];
        for (int i = 0; i < COOKIE_LENGTH - 1; i++) {
            cookie[i] = COOKIE_ALPHABET[RANDOM.nextInt(COOKIE_ALPHABET.length)];
        }
        return cookie;
    }

    /** Reads the cookie a new connection starts with. */
    static byte[] readCookie(Socket socket, Duration timeout) throws IOException {
        socket.setSoTimeout(timeoutMillis(timeout));
        byte[] cookie = new byte[COOKIE_LENGTH];
        new DataInputStream(socket.getInputStream()).readFully(cookie);
        return cookie;
    }

    static boolean sameCookie(byte[] a, byte[] b) {
        return Arrays.equals(a, b);
    }

    Socket socket() {
        return socket;
    }

    void writeCookie(byte[] cookie) throws IOException {
        out.write(cookie);
        out.flush();
    }

    void writeState(IperfState state) throws IOException {
        out.write(state.code());
        out.flush();
    }

    /** Writes SERVER_ERROR with iperf3's error number and a zero errno. */
    void writeServerError(int errorNumber) throws IOException {
        out.write(IperfState.SERVER_ERROR.code());
        out.writeInt(errorNumber);
        out.writeInt(0);
        out.flush();
    }

    void writeJson(Map<String, Object> object) throws IOException {
        byte[] json = Json.write(object).getBytes(StandardCharsets.UTF_8);
        out.writeInt(json.length);
        out.write(json);
        out.flush();
    }

    /** Reads one state byte, or null when the peer closed the connection. */
    IperfState readState(Duration timeout) throws IOException, IperfProtocolException {
        socket.setSoTimeout(timeoutMillis(timeout));
        int code = in.read();
        if (code < 0) {
            return null;
        }
        var state = IperfState.of((byte) code);
        if (state == null) {
            throw new IperfProtocolException(FailureCode.PROTOCOL_ERROR, "unknown iperf3 state byte " + (byte) code);
        }
        return state;
    }

    /** Reads the two numbers after SERVER_ERROR: iperf3's error number and the server's errno. */
    int[] readServerError(Duration timeout) throws IOException {
        socket.setSoTimeout(timeoutMillis(timeout));
        return new int[] {in.readInt(), in.readInt()};
    }

    Map<String, Object> readJson(int maxLength, Duration timeout) throws IOException, IperfProtocolException {
        socket.setSoTimeout(timeoutMillis(timeout));
        int length = in.readInt();
        if (length < 0 || length > maxLength) {
            throw new IperfProtocolException(FailureCode.PROTOCOL_ERROR,
                    "JSON of " + length + " bytes announced; at most " + maxLength + " accepted");
        }
        byte[] json = new byte[length];
        in.readFully(json);
        try {
            return Json.parseObject(new String(json, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IperfProtocolException(FailureCode.PROTOCOL_ERROR, e.getMessage());
        }
    }

    /** Reads the next state and fails unless it is {@code expected}, explaining refusals and errors. */
    void expect(IperfState expected, Duration timeout) throws IOException, IperfProtocolException {
        IperfState state = readState(timeout);
        if (state == expected) {
            return;
        }
        if (state == null) {
            throw new IperfProtocolException(FailureCode.SERVER_ERROR,
                    "the server closed the control connection while the client waited for " + expected);
        }
        if (state == IperfState.ACCESS_DENIED) {
            throw new IperfProtocolException(FailureCode.BUSY,
                    "the server is running another test (ACCESS_DENIED); try again later");
        }
        if (state == IperfState.SERVER_ERROR) {
            int[] error;
            try {
                error = readServerError(timeout);
            } catch (EOFException e) {
                error = new int[] {0, 0};
            }
            throw new IperfProtocolException(FailureCode.SERVER_ERROR, "the server reported an error (SERVER_ERROR, iperf3 error "
                    + error[0] + ", errno " + error[1] + ") while the client waited for " + expected);
        }
        throw new IperfProtocolException(state == IperfState.SERVER_TERMINATE || state == IperfState.CLIENT_TERMINATE
                ? FailureCode.SERVER_ERROR : FailureCode.PROTOCOL_ERROR, "got " + state + " while waiting for " + expected);
    }

    static int timeoutMillis(Duration timeout) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
