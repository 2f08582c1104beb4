package org.opencities.testbench.probes.tool.iperf3;

import java.io.Closeable;
import java.io.IOException;

/** Closing what a finished or abandoned test leaves open, where a failed close changes nothing. */
final class Quietly {

    private Quietly() {
    }

    static void close(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // The connection is given up either way; no figure depends on it.
        }
    }
}
