package org.opencities.testbench.probes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ProbeCommandTests {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsAFailureResultForASpecOutOfRange() {
        int exit = run("stamp", "--target", "127.0.0.1:862", "--dscp", "64");

        assertThat(exit).isEqualTo(ProbeCommand.FAILED);
        assertThat(out.toString()).startsWith("{").contains("\"code\":\"INVALID_SPEC\"", "dscp must be from 0 to 63")
                .hasLineCount(1);
    }

    @Test
    void printsAFailureResultForATargetWithoutPort() {
        int exit = run("throughput", "--server", "127.0.0.1");

        assertThat(exit).isEqualTo(ProbeCommand.FAILED);
        assertThat(out.toString()).contains("\"tool\":\"throughput\"", "\"code\":\"INVALID_SPEC\"", "host:port");
    }

    @Test
    void printsAFailureResultForAnRttReflectorWithoutPort() {
        int exit = run("throughput", "--server", "127.0.0.1:5201", "--rtt-reflector", "127.0.0.1");

        assertThat(exit).isEqualTo(ProbeCommand.FAILED);
        assertThat(out.toString()).contains("\"tool\":\"throughput\"", "\"code\":\"INVALID_SPEC\"", "host:port");
    }

    @Test
    void answersUsageErrorsWithExitCodeTwo() {
        int exit = run("stamp", "--count", "3");

        assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("Missing required option: '--target");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void listsItsToolsInTheHelp() {
        int exit = run("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("stamp", "throughput", "http", "reflect", "serve");
    }

    private int run(String... args) {
        var commandLine = ProbeCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
