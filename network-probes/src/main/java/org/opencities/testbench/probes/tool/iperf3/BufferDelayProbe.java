package org.opencities.testbench.probes.tool.iperf3;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opencities.testbench.probes.result.MeasurementFailure;
import org.opencities.testbench.probes.result.MeasurementResult;
import org.opencities.testbench.probes.result.StampResult;
import org.opencities.testbench.probes.spec.Endpoint;
import org.opencities.testbench.probes.spec.StampSpec;
import org.opencities.testbench.probes.tool.MeasurementTool;

/**
 * RFC 6349 Buffer Delay from two STAMP sessions against a reflector next to the iperf3 server: one on
 * the idle path before the test gives the baseline RTT (its median, so that a few slow first replies of
 * a cold start do not raise it), one during the measured seconds the average RTT under load; buffer
 * delay = (mean loaded - baseline) / baseline x 100. The iperf3 protocol carries
 * no RTT itself and the JDK exposes no TCP_INFO, so the samples come from a path the test packets
 * share with the data (same hosts, same queues).
 */
final class BufferDelayProbe {

    static final Duration INTERVAL = Duration.ofMillis(10);
    static final int BASELINE_PACKETS = 50;
    static final Duration REPLY_TIMEOUT = Duration.ofMillis(500);

    private final MeasurementTool<StampSpec> stamp;
    private final Endpoint reflector;

    BufferDelayProbe(MeasurementTool<StampSpec> stamp, Endpoint reflector) {
        this.stamp = stamp;
        this.reflector = reflector;
    }

    /** The RTT of the idle path, measured now. */
    MeasurementResult baseline() {
        return stamp.measure(session(BASELINE_PACKETS));
    }

    /** Starts measuring the RTT for {@code duration} on a daemon thread. */
    FutureTask<MeasurementResult> startLoaded(Duration duration) {
        int packets = (int) Math.max(1, duration.dividedBy(INTERVAL));
        var task = new FutureTask<>(() -> stamp.measure(session(packets)));
        var thread = new Thread(task, "buffer-delay-" + reflector);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** What the two sessions give: figures, or null figures and the reason in {@code note}. */
    record Outcome(Double baselineMillis, Double loadedMillis, Double percent, String note) {

        static Outcome of(MeasurementResult baseline, MeasurementResult loaded) {
            if (!(baseline instanceof StampResult idle)) {
                return unknown("the idle-path STAMP session failed", baseline);
            }
            if (!(loaded instanceof StampResult busy)) {
                return unknown("the STAMP session during the transfer failed", loaded);
            }
            double base = idle.rtt().medianMillis();
            double during = busy.rtt().meanMillis();
            return new Outcome(base, during, (during - base) / base * 100, "buffer delay from STAMP: median RTT "
                    + format(base) + " ms idle (" + idle.received() + " of " + idle.sent() + " answered), mean "
                    + format(during) + " ms during the transfer (" + busy.received() + " of " + busy.sent() + ")");
        }

        /** No RTT figures, for the reason given. */
        static Outcome unmeasured(String reason) {
            return new Outcome(null, null, null, reason);
        }

        private static Outcome unknown(String what, MeasurementResult result) {
            String why = result instanceof MeasurementFailure failure ? failure.code() + ": " + failure.reason()
                    : "no result in time";
            return new Outcome(null, null, null, "buffer delay unknown: " + what + " (" + why + ")");
        }

        private static String format(double millis) {
            return String.format(Locale.ROOT, "%.3f", millis);
        }
    }

    /** Waits for a session started by {@link #startLoaded(Duration)}; interrupts and timeouts end it as a failure. */
    MeasurementResult await(FutureTask<MeasurementResult> loaded, Duration atMost) {
        try {
            return loaded.get(atMost.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            loaded.cancel(true);
            return null;
        } catch (ExecutionException | TimeoutException e) {
            loaded.cancel(true);
            return null;
        }
    }

    private StampSpec session(int packets) {
        return new StampSpec(reflector, packets, INTERVAL, 0, 0, REPLY_TIMEOUT);
    }
}
