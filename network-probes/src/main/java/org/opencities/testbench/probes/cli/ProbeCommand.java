package org.opencities.testbench.probes.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -cp <classpath> org.opencities.testbench.probes.cli.ProbeCommand <tool> [options]}: runs
 * one measurement and prints one JSON result (exit 0 with figures, 1 with a failure, 2 for bad
 * arguments), or serves as STAMP reflector or iperf3-compatible server. Starts no Spring context.
 */
@Command(name = "probe", mixinStandardHelpOptions = true, version = "network-probes 0.1",
        description = "Measures one network path with the test bench's probe tools and prints JSON.",
        subcommands = {StampCommand.class, ThroughputCommand.class, HttpCommand.class, ReflectCommand.class,
                ServeCommand.class})
public final class ProbeCommand implements Callable<Integer> {

    /** Exit code of a run that produced figures. */
    static final int MEASURED = 0;
    /** Exit code of a run that ended in a failure result. */
    static final int FAILED = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its sub-commands, for running in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new ProbeCommand());
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return CommandLine.ExitCode.USAGE;
    }
}
