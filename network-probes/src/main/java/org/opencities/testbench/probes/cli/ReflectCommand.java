package org.opencities.testbench.probes.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.opencities.testbench.probes.tool.stamp.StampReflector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reflect --port 862}: a STAMP Session-Reflector in the foreground. */
@Command(name = "reflect", mixinStandardHelpOptions = true,
        description = "Serves as a stateless STAMP Session-Reflector; prints a JSON line when ready and when stopped.")
final class ReflectCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    private String bind;

    @Option(names = "--port", defaultValue = "862", description = "UDP port, 0 for any free one (default ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--for", defaultValue = "0", description = "Seconds to serve, 0 until stopped (default ${DEFAULT-VALUE}).")
    private long seconds;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        try (var reflector = StampReflector.start(new InetSocketAddress(bind, port))) {
            var ready = new LinkedHashMap<String, Object>();
            ready.put("reflector", bind + ":" + reflector.port());
            out.println(ResultJson.write(ready));
            out.flush();
            Serving.untilStopped(seconds);
            var done = new LinkedHashMap<String, Object>();
            done.put("reflected", reflector.reflected());
            done.put("discarded", reflector.discarded());
            out.println(ResultJson.write(done));
            out.flush();
        }
        return ProbeCommand.MEASURED;
    }
}
