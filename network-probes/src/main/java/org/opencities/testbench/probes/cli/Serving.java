package org.opencities.testbench.probes.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Keeps a server command in the foreground until its time is up or the process is stopped. */
final class Serving {

    private Serving() {
    }

    /** Blocks for {@code seconds} (0 = until interrupted or the JVM shuts down). */
    static void untilStopped(long seconds) {
        var stopped = new CountDownLatch(1);
        var hook = new Thread(stopped::countDown, "probe-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (seconds > 0) {
                stopped.await(seconds, TimeUnit.SECONDS);
            } else {
                stopped.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            removeHook(hook);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down already: the hook has run.
        }
    }
}
