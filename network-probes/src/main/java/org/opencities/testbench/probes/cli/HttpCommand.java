package org.opencities.testbench.probes.cli;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.opencities.testbench.probes.spec.HttpTimingSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code http --url URL}: one timed GET. */
@Command(name = "http", mixinStandardHelpOptions = true,
        description = "HTTP GET timing: DNS, connect, TLS, first byte, total.")
final class HttpCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--url", required = true, description = "http:// or https:// URL.")
    private String url;

    @Option(names = "--timeout-ms", defaultValue = "10000", description = "Bound of the whole GET (default ${DEFAULT-VALUE}).")
    private long timeoutMillis;

    @Option(names = "--max-body", defaultValue = "1048576", description = "Body bytes read at most (default ${DEFAULT-VALUE}).")
    private long maxBody;

    @Override
    public Integer call() {
        return MeasureOnce.run("http", url, () -> new HttpTimingSpec(URI.create(url), Duration.ofMillis(timeoutMillis),
                maxBody), spec.commandLine().getOut());
    }
}
