package org.opencities.testbench.probes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.opencities.testbench.probes.tool.iperf3.IperfServer;
import org.opencities.testbench.probes.tool.iperf3.IperfServerLimits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve --port 5201}: our iperf3-compatible server, queueing clients, in the foreground. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves iperf3 TCP tests to stock iperf3 clients, one at a time, queueing the others; "
                + "prints a JSON line per test.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    private String bind;

    @Option(names = "--port", defaultValue = "5201", description = "TCP port, 0 for any free one (default ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--max-time", defaultValue = "60", description = "Longest test served, in seconds (default ${DEFAULT-VALUE}).")
    private long maxSeconds;

    @Option(names = "--max-queued", defaultValue = "64", description = "Clients that may wait (default ${DEFAULT-VALUE}).")
    private int maxQueued;

    @Option(names = "--for", defaultValue = "0", description = "Seconds to serve, 0 until stopped (default ${DEFAULT-VALUE}).")
    private long seconds;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        var limits = new IperfServerLimits(Duration.ofSeconds(maxSeconds), 128, maxQueued, Duration.ofSeconds(10));
        try (var server = IperfServer.start(new InetSocketAddress(bind, port), limits, result -> print(out, result))) {
            var ready = new LinkedHashMap<String, Object>();
            ready.put("server", bind + ":" + server.port());
            print(out, ready);
            Serving.untilStopped(seconds);
        }
        return ProbeCommand.MEASURED;
    }

    private static void print(PrintWriter out, Object line) {
        synchronized (out) {
            out.println(ResultJson.write(line));
            out.flush();
        }
    }
}
