package org.opencities.testbench.probes.accuracy;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Two network namespaces joined by a veth pair, {@code 10.213.0.1/30} on side A and
 * {@code 10.213.0.2/30} on side B, with names unique to this run; processes started in them are
 * stopped and the namespaces removed on close, or when the JVM ends before that (a killed test run).
 * Needs root.
 */
final class TestNamespaces implements AutoCloseable {

    static final String ADDRESS_A = "10.213.0.1";
    static final String ADDRESS_B = "10.213.0.2";

    private final String a;
    private final String b;
    private final String vethA;
    private final List<Process> processes = new ArrayList<>();
    private final Path work;
    private final Thread removeAtExit = new Thread(this::removeNamespaces, "remove-test-namespaces");

    private TestNamespaces(String prefix, Path work) {
        this.a = prefix + "a";
        this.b = prefix + "b";
        this.vethA = prefix + "va";
        this.work = work;
    }

    /** Creates the pair, or returns null with nothing left behind when this process may not. */
    static TestNamespaces create(Path work) throws IOException, InterruptedException {
        var namespaces = new TestNamespaces("pa" + UUID.randomUUID().toString().substring(0, 8), work);
        if (namespaces.quietly("ip", "netns", "add", namespaces.a) != 0) {
            return null;
        }
        Runtime.getRuntime().addShutdownHook(namespaces.removeAtExit);
        try {
            String vethB = namespaces.b.substring(0, namespaces.b.length() - 1) + "vb";
            namespaces.run("ip", "netns", "add", namespaces.b);
            namespaces.run("ip", "link", "add", namespaces.vethA, "netns", namespaces.a, "type", "veth", "peer", "name",
                    vethB, "netns", namespaces.b);
            namespaces.run("ip", "-n", namespaces.a, "addr", "add", ADDRESS_A + "/30", "dev", namespaces.vethA);
            namespaces.run("ip", "-n", namespaces.b, "addr", "add", ADDRESS_B + "/30", "dev", vethB);
            for (var side : List.of(List.of(namespaces.a, namespaces.vethA), List.of(namespaces.b, vethB))) {
                namespaces.run("ip", "-n", side.get(0), "link", "set", side.get(1), "up");
                namespaces.run("ip", "-n", side.get(0), "link", "set", "lo", "up");
            }
            return namespaces;
        } catch (IOException | RuntimeException e) {
            namespaces.close();
            throw e;
        }
    }

    /** Shapes traffic from A to B with a token bucket at {@code mbit} Mbit/s. */
    void shape(int mbit) throws IOException, InterruptedException {
        run("ip", "netns", "exec", a, "tc", "qdisc", "replace", "dev", vethA, "root", "tbf", "rate", mbit + "mbit",
                "burst", "64kb", "latency", "50ms");
    }

    /** Applies an nftables ruleset (the text of {@code nft -f}) in namespace B or, when {@code inA}, A. */
    void nft(boolean inA, String ruleset) throws IOException, InterruptedException {
        var file = Files.createTempFile(work, "nft", ".rules");
        Files.writeString(file, ruleset);
        run("ip", "netns", "exec", inA ? a : b, "nft", "-f", file.toString());
    }

    /** Deletes an nftables table made by {@link #nft(boolean, String)}. */
    void deleteTable(boolean inA, String family, String table) throws IOException, InterruptedException {
        run("ip", "netns", "exec", inA ? a : b, "nft", "delete", "table", family, table);
    }

    /** Starts a command in namespace B that stays up until close. */
    Process startInB(String name, List<String> command) throws IOException {
        var full = new ArrayList<>(List.of("ip", "netns", "exec", b));
        full.addAll(command);
        var process = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".out").toFile()).start();
        processes.add(process);
        return process;
    }

    /** Waits until something in B listens on {@code port} ({@code -t} TCP or {@code -u} UDP). */
    void awaitListening(String protocolFlag, int port) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> !output(
                List.of("ip", "netns", "exec", b, "ss", "-lnH", protocolFlag, "sport", "=", ":" + port)).isBlank());
    }

    /** Runs a command in namespace A to its end (bounded) and returns its standard output. */
    String runInA(List<String> command, Duration atMost) throws IOException, InterruptedException {
        var full = new ArrayList<>(List.of("ip", "netns", "exec", a));
        full.addAll(command);
        var out = Files.createTempFile(work, "a", ".out");
        var process = new ProcessBuilder(full).redirectErrorStream(false).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("still running after " + atMost + ": " + full);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private void run(String... command) throws IOException, InterruptedException {
        if (quietly(command) != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    private int quietly(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static String output(List<String> command) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(10, TimeUnit.SECONDS);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        for (var process : processes) {
            process.destroy();
        }
        try {
            for (var process : processes) {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        removeNamespaces();
        try {
            Runtime.getRuntime().removeShutdownHook(removeAtExit);
        } catch (IllegalStateException e) {
            // The JVM is shutting down and runs the hook itself.
        }
    }

    private void removeNamespaces() {
        try {
            quietly("ip", "netns", "del", a);
            quietly("ip", "netns", "del", b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
