package org.opencities.testbench.orchestrator.driver.simulated;

import java.time.Duration;
import java.util.Set;

/**
 * What the simulated OLT does wrong, and how slowly. Set by configuration
 * ({@code testbench.orchestrator.driver.simulated.*}) and replaced at runtime by tests or the admin API.
 *
 * @param latency how long every call takes before it does anything
 * @param failNthCall the Nth affected call after the plan was set fails (1 = the next one); 0 for never
 * @param failPercent percentage of affected calls that fail, drawn from a generator seeded with {@code seed}
 * @param hang affected calls hang until the caller gives up (the saga's step timeout) or the plan is replaced
 * @param transientFailures whether injected failures are transient (worth retrying) or permanent
 * @param operations which operations the faults apply to; latency applies to every call
 */
public record FaultPlan(Duration latency, int failNthCall, int failPercent, long seed, boolean hang,
        boolean transientFailures, Set<Operation> operations) {

    /** The driver's two operations. */
    public enum Operation {
        CONFIGURE, REMOVE
    }

    public FaultPlan {
        latency = latency == null ? Duration.ZERO : latency;
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must be 0 or more, it is " + latency);
        }
        if (failNthCall < 0) {
            throw new IllegalArgumentException("failNthCall must be 0 (never) or more, it is " + failNthCall);
        }
        if (failPercent < 0 || failPercent > 100) {
            throw new IllegalArgumentException("failPercent must be between 0 and 100, it is " + failPercent);
        }
        operations = operations == null || operations.isEmpty() ? Set.of(Operation.CONFIGURE) : Set.copyOf(operations);
    }

    /** No faults, no latency. */
    public static FaultPlan none() {
        return new FaultPlan(Duration.ZERO, 0, 0, 0, false, true, Set.of());
    }

    public FaultPlan withLatency(Duration newLatency) {
        return new FaultPlan(newLatency, failNthCall, failPercent, seed, hang, transientFailures, operations);
    }

    public FaultPlan failingNthCall(int n, boolean transientFailure) {
        return new FaultPlan(latency, n, failPercent, seed, hang, transientFailure, operations);
    }

    public FaultPlan failingPercent(int percent, long newSeed, boolean transientFailure) {
        return new FaultPlan(latency, failNthCall, percent, newSeed, hang, transientFailure, operations);
    }

    public FaultPlan hanging() {
        return new FaultPlan(latency, failNthCall, failPercent, seed, true, transientFailures, operations);
    }

    public FaultPlan on(Operation... affected) {
        return new FaultPlan(latency, failNthCall, failPercent, seed, hang, transientFailures, Set.of(affected));
    }
}
