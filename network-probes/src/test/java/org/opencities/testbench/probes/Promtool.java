package org.opencities.testbench.probes;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Prometheus' {@code promtool}, for checks on real metrics and rule files; tests skip where it is missing. */
public final class Promtool {

    private static final Path PROMTOOL = Path.of("/usr/bin/promtool");

    private Promtool() {
    }

    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(PROMTOOL),
                "promtool is not installed (/usr/bin/promtool; Debian package 'prometheus'): skipping the check");
    }

    /** Runs promtool with the arguments and the given standard input; returns its exit code and output. */
    public static Result run(String stdin, String... arguments) throws IOException, InterruptedException {
        assumeInstalled();
        var command = new ArrayList<String>();
        command.add(PROMTOOL.toString());
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var input = process.getOutputStream()) {
            input.write(stdin.getBytes(UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        return new Result(process.exitValue(), output);
    }

    public record Result(int exitCode, String output) {
    }
}
