package org.opencities.testbench.probes.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.opencities.testbench.probes.spec.Endpoint;
import org.opencities.testbench.probes.spec.ThroughputSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code throughput --server host:port}: one TCP test against an iperf3 server (stock or ours). */
@Command(name = "throughput", mixinStandardHelpOptions = true,
        description = "TCP throughput in the iperf3 protocol: goodput, bytes, retransmits when known, buffer delay "
                + "with --rtt-reflector.")
final class ThroughputCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--server", required = true, description = "iperf3 server as host:port (iperf3's port is 5201).")
    private String server;

    @Option(names = "--time", defaultValue = "10", description = "Measured seconds (default ${DEFAULT-VALUE}).")
    private long seconds;

    @Option(names = "--omit", defaultValue = "0", description = "Seconds left out at the start (default ${DEFAULT-VALUE}).")
    private long omitSeconds;

    @Option(names = "--parallel", defaultValue = "1", description = "Parallel streams (default ${DEFAULT-VALUE}).")
    private int parallel;

    @Option(names = "--reverse", description = "Server sends, client receives.")
    private boolean reverse;

    @Option(names = "--length", defaultValue = "131072", description = "Bytes per write (default ${DEFAULT-VALUE}).")
    private int blockSize;

    @Option(names = "--setup-timeout-ms", defaultValue = "5000",
            description = "Bound of the connect and each protocol step (default ${DEFAULT-VALUE}).")
    private long setupTimeoutMillis;

    @Option(names = "--rtt-reflector", description = "STAMP reflector next to the server as host:port: measures the "
            + "idle and loaded RTT for the RFC 6349 buffer delay.")
    private String rttReflector;

    @Override
    public Integer call() {
        return MeasureOnce.run("throughput", server, () -> new ThroughputSpec(Endpoint.parse(server),
                Duration.ofSeconds(seconds), Duration.ofSeconds(omitSeconds), parallel, reverse, blockSize,
                Duration.ofMillis(setupTimeoutMillis), rttReflector == null ? null : Endpoint.parse(rttReflector)),
                spec.commandLine().getOut());
    }
}
