package org.opencities.testbench.probes.tool.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Reads an HTTP/1.x response head and counts body bytes up to a limit, honouring Content-Length and
 * otherwise reading until the server closes (the request asks for {@code Connection: close}).
 */
final class HttpResponseReader {

    /** Longest response head accepted. */
    static final int MAX_HEAD = 64 * 1024;

    record Response(int status, long bodyBytes, boolean truncated) {
    }

    private HttpResponseReader() {
    }

    /**
     * Reads the response after its first byte; {@code remainingMillis} gives the time left before each
     * read, so that a slow server cannot stretch the run past its bound.
     */
    static Response read(int firstByte, InputStream in, long maxBody, LongSupplier remainingMillis,
            IntConsumer setTimeout) throws IOException {
        var head = new StringBuilder();
        head.append((char) firstByte);
        while (!head.toString().endsWith("\r\n\r\n")) {
            if (head.length() >= MAX_HEAD) {
                throw new IllegalStateException("response head longer than " + MAX_HEAD + " bytes");
            }
            setTimeout.accept(timeout(remainingMillis));
            int next = in.read();
            if (next < 0) {
                throw new IllegalStateException("connection closed inside the response head");
            }
            head.append((char) next);
        }
        String text = head.toString();
        int status = status(text);
        long length = contentLength(text);
        long limit = length >= 0 ? Math.min(length, maxBody) : maxBody;
        long body = 0;
        byte[] buffer = new byte[16 * 1024];
        while (body < limit) {
            setTimeout.accept(timeout(remainingMillis));
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - body));
            if (read < 0) {
                return new Response(status, body, false);
            }
            body += read;
        }
        boolean truncated = length >= 0 ? length > maxBody : in.read() >= 0;
        return new Response(status, body, truncated);
    }

    private static int timeout(LongSupplier remainingMillis) throws SocketTimeoutException {
        long left = remainingMillis.getAsLong();
        if (left <= 0) {
            throw new SocketTimeoutException("the response did not end within the timeout");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    private static int status(String head) {
        String[] statusLine = head.substring(0, head.indexOf("\r\n")).split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.") || !statusLine[1].matches("\\d{3}")) {
            throw new IllegalStateException("not an HTTP/1.x status line: " + statusLine[0]);
        }
        return Integer.parseInt(statusLine[1]);
    }

    private static long contentLength(String head) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                try {
                    return Long.parseLong(line.substring(colon + 1).trim());
                } catch (NumberFormatException e) {
                    throw new IllegalStateException("unreadable Content-Length: " + line, e);
                }
            }
        }
        return -1;
    }

    static byte[] request(String host, int port, int defaultPort, String pathAndQuery) {
        String hostHeader = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + (port == defaultPort ? "" : ":" + port);
        return ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + hostHeader
                + "\r\nUser-Agent: opencities-testbench-probe\r\nAccept: */*\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
