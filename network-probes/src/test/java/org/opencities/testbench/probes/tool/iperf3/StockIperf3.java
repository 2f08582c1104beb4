package org.opencities.testbench.probes.tool.iperf3;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** A stock iperf3 process on loopback for interop tests; skips the test when iperf3 is not installed. */
final class StockIperf3 implements AutoCloseable {

    static final Path IPERF3 = Path.of("/usr/bin/iperf3");

    private final Process process;
    private final Path output;

    private StockIperf3(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static void assumeInstalled() {
        assumeThat(Files.isExecutable(IPERF3)).as("iperf3 is not installed at %s; install the iperf3 package", IPERF3)
                .isTrue();
    }

    /** {@code iperf3 -s -1 -p <free port> --bind 127.0.0.1}, once it listens. */
    static StockIperf3 server() {
        assumeInstalled();
        int port = freePort();
        var server = start(List.of("-s", "-1", "-p", String.valueOf(port), "--bind", "127.0.0.1"));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> listening(port));
        server.port = port;
        return server;
    }

    /** {@code iperf3 -c 127.0.0.1 -p <port> --json} with extra arguments. */
    static StockIperf3 client(int port, String... arguments) {
        assumeInstalled();
        var command = new ArrayList<>(List.of("-c", "127.0.0.1", "-p", String.valueOf(port), "--json"));
        command.addAll(List.of(arguments));
        return start(command);
    }

    private int port;

    int port() {
        return port;
    }

    /** Waits for the process to end and returns its exit code. */
    int waitFor(Duration atMost) throws InterruptedException {
        if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("iperf3 still runs after " + atMost + ": " + output());
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StockIperf3 start(List<String> arguments) {
        try {
            var output = Files.createTempFile("iperf3", ".out");
            var command = new ArrayList<>(List.of(IPERF3.toString()));
            command.addAll(arguments);
            var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            return new StockIperf3(process, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a TCP socket listens on {@code port}, read from /proc so that no connection disturbs iperf3. */
    private static boolean listening(int port) throws IOException {
        String local = String.format(Locale.ROOT, ":%04X ", port);
        return Files.readAllLines(Path.of("/proc/net/tcp")).stream()
                .anyMatch(line -> line.contains(local) && line.trim().split("\\s+")[3].equals("0A"));
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(output);
    }
}
