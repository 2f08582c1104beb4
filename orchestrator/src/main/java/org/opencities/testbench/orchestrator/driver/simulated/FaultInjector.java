package org.opencities.testbench.orchestrator.driver.simulated;

import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.opencities.testbench.orchestrator.driver.DriverFailure;
import org.opencities.testbench.orchestrator.driver.simulated.FaultPlan.Operation;

/**
 * Applies the current {@link FaultPlan} to each driver call: waits the latency, then fails or hangs
 * when the plan says so. Replacing the plan restarts the call count and releases hanging calls.
 * Nothing here blocks a thread: the latency and a hang are answers that come later.
 */
public class FaultInjector {

    /** A hanging call gives up after this long even if nobody replaces the plan. */
    private static final long HANG_LIMIT_SECONDS = 600;

    private record Active(FaultPlan plan, AtomicLong calls, Random random, CompletableFuture<Void> released) {
    }

    private volatile Active active;

    public FaultInjector(FaultPlan initial) {
        replace(initial);
    }

    public FaultPlan plan() {
        return active.plan();
    }

    /** Puts a new plan in force; calls hanging under the old plan fail with a transient failure. */
    public synchronized void replace(FaultPlan plan) {
        var previous = active;
        active = new Active(plan, new AtomicLong(), new Random(plan.seed()), new CompletableFuture<>());
        if (previous != null) {
            previous.released().complete(null);
        }
    }

    /**
     * Called before each operation of the simulated OLT: answers once the operation may go on, or
     * fails with the {@link DriverFailure} the plan injects.
     */
    CompletionStage<Void> before(Operation operation, String serviceId) {
        var current = active;
        var latency = current.plan().latency();
        if (latency.isZero()) {
            return fault(current, operation, serviceId);
        }
        return new CompletableFuture<Void>().completeOnTimeout(null, latency.toNanos(), TimeUnit.NANOSECONDS)
                .thenCompose(waited -> fault(current, operation, serviceId));
    }

    private static CompletionStage<Void> fault(Active current, Operation operation, String serviceId) {
        var plan = current.plan();
        if (!plan.operations().contains(operation)) {
            return CompletableFuture.completedFuture(null);
        }
        long call = current.calls().incrementAndGet();
        if (plan.failNthCall() > 0 && call == plan.failNthCall()) {
            return CompletableFuture.failedFuture(injected(plan, operation, serviceId, "call " + call + " fails as planned"));
        }
        if (plan.failPercent() > 0 && draw(current) < plan.failPercent()) {
            return CompletableFuture.failedFuture(injected(plan, operation, serviceId, plan.failPercent() + "% of calls fail"));
        }
        if (plan.hang()) {
            var hung = new DriverFailure("Simulated OLT did not answer " + operation.name().toLowerCase() + " of " + serviceId
                    + " (injected hang)", true);
            return current.released().copy().completeOnTimeout(null, HANG_LIMIT_SECONDS, TimeUnit.SECONDS)
                    .thenCompose(released -> CompletableFuture.failedFuture(hung));
        }
        return CompletableFuture.completedFuture(null);
    }

    private static int draw(Active current) {
        synchronized (current.random()) {
            return current.random().nextInt(100);
        }
    }

    private static DriverFailure injected(FaultPlan plan, Operation operation, String serviceId, String why) {
        return new DriverFailure("Simulated OLT refused to " + operation.name().toLowerCase() + " " + serviceId
                + " (injected " + (plan.transientFailures() ? "transient" : "permanent") + " fault: " + why + ")",
                plan.transientFailures());
    }
}
