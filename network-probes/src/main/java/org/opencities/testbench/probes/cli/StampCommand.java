package org.opencities.testbench.probes.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.opencities.testbench.probes.spec.Endpoint;
import org.opencities.testbench.probes.spec.StampSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stamp --target host:port}: one STAMP session against a Session-Reflector. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "STAMP (RFC 8762) session: RTT min/mean/median/p95/max, RFC 3550 jitter, loss.")
final class StampCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--target", required = true, description = "Reflector as host:port or [ipv6]:port (STAMP port is 862).")
    private String target;

    @Option(names = "--count", defaultValue = "100", description = "Test packets to send (default ${DEFAULT-VALUE}).")
    private int count;

    @Option(names = "--interval-ms", defaultValue = "10", description = "Milliseconds between packets (default ${DEFAULT-VALUE}).")
    private long intervalMillis;

    @Option(names = "--padding", defaultValue = "0", description = "Zero octets after the 44-octet packet (default ${DEFAULT-VALUE}).")
    private int padding;

    @Option(names = "--dscp", defaultValue = "0", description = "DSCP to mark packets with, 0..63 (default ${DEFAULT-VALUE}).")
    private int dscp;

    @Option(names = "--timeout-ms", defaultValue = "1000", description = "Wait after the last packet (default ${DEFAULT-VALUE}).")
    private long timeoutMillis;

    @Override
    public Integer call() {
        return MeasureOnce.run("stamp", target, () -> new StampSpec(Endpoint.parse(target), count,
                Duration.ofMillis(intervalMillis), padding, dscp, Duration.ofMillis(timeoutMillis)),
                spec.commandLine().getOut());
    }
}
