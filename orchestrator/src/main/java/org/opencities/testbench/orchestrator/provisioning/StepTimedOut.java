package org.opencities.testbench.orchestrator.provisioning;

import java.time.Duration;

/** A step did not finish within its time; it is not retried, the saga backs out. */
public class StepTimedOut extends RuntimeException {

    public StepTimedOut(ProvisioningStep step, Duration timeout) {
        super("Step " + step.label() + " did not finish within " + timeout.toMillis() + " ms");
    }
}
