package org.opencities.testbench.orchestrator.driver;

/**
 * A driver could not do what it was asked.
 *
 * @see #transientFailure() whether trying again may help (timeouts, a busy OLT) or not (a refused configuration)
 */
public class DriverFailure extends Exception {

    private final boolean transientFailure;

    public DriverFailure(String message, boolean transientFailure) {
        super(message);
        this.transientFailure = transientFailure;
    }

    public boolean transientFailure() {
        return transientFailure;
    }
}
