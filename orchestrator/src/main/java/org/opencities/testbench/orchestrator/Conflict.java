package org.opencities.testbench.orchestrator;

/** The request contradicts the current state (an illegal transition, a stale version): answered 409. */
public abstract class Conflict extends RuntimeException {

    protected Conflict(String message) {
        super(message);
    }
}
