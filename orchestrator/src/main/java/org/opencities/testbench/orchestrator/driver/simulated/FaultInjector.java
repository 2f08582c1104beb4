package org.opencities.testbench.orchestrator.driver.simulated;

import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.opencities.testbench.orchestrator.driver.DriverFailure;
import org.opencities.testbench.orchestrator.driver.simulated.FaultPlan.Operation;

/**
 * Applies the current {@link FaultPlan} to each driver call: waits the latency, then fails or hangs
 * when the plan says so. Replacing the plan restarts the call count and releases hanging calls.
 */
public class FaultInjector {

    /** A hanging call gives up after this long even if nobody interrupts it. */
    private static final long HANG_LIMIT_SECONDS = 600;

    private record Active(FaultPlan plan, AtomicLong calls, Random random, CountDownLatch released) {
    }

    private volatile Active active;

    public FaultInjector(FaultPlan initial) {
        replace(initial);
    }

    public FaultPlan plan() {
        return active.plan();
    }

    /** Puts a new plan in force; calls hanging under the old plan return with a transient failure. */
    public synchronized void replace(FaultPlan plan) {
        var previous = active;
        active = new Active(plan, new AtomicLong(), new Random(plan.seed()), new CountDownLatch(1));
        if (previous != null) {
            previous.released().countDown();
        }
    }

    /** Called before each operation of the simulated OLT. */
    void before(Operation operation, String serviceId) throws DriverFailure {
        var current = active;
        var plan = current.plan();
        pause(plan, serviceId);
        if (!plan.operations().contains(operation)) {
            return;
        }
        long call = current.calls().incrementAndGet();
        if (plan.failNthCall() > 0 && call == plan.failNthCall()) {
            throw injected(plan, operation, serviceId, "call " + call + " fails as planned");
        }
        if (plan.failPercent() > 0 && draw(current) < plan.failPercent()) {
            throw injected(plan, operation, serviceId, plan.failPercent() + "% of calls fail");
        }
        if (plan.hang()) {
            hang(current, operation, serviceId);
        }
    }

    private static int draw(Active current) {
        synchronized (current.random()) {
            return current.random().nextInt(100);
        }
    }

    private static void pause(FaultPlan plan, String serviceId) throws DriverFailure {
        if (plan.latency().isZero()) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(plan.latency().toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DriverFailure("Simulated OLT call for " + serviceId + " was interrupted", true);
        }
    }

    private static void hang(Active current, Operation operation, String serviceId) throws DriverFailure {
        try {
            current.released().await(HANG_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new DriverFailure("Simulated OLT did not answer " + operation.name().toLowerCase() + " of " + serviceId
                + " (injected hang)", true);
    }

    private static DriverFailure injected(FaultPlan plan, Operation operation, String serviceId, String why) {
        return new DriverFailure("Simulated OLT refused to " + operation.name().toLowerCase() + " " + serviceId
                + " (injected " + (plan.transientFailures() ? "transient" : "permanent") + " fault: " + why + ")",
                plan.transientFailures());
    }
}
