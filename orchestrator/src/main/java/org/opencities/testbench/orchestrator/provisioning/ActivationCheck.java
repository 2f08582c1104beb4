package org.opencities.testbench.orchestrator.provisioning;

import java.util.concurrent.CompletionStage;

import org.opencities.testbench.orchestrator.serviceinventory.Service;

/**
 * The activation step's test of a configured service. Today a configurable check; the probes'
 * measurement-based activation test (Y.1564-style) plugs in here. A measurement's result comes back
 * later, as a message, so the test is asynchronous: it answers at once, without blocking, and the
 * saga waits for the answer at most its step timeout, on its own thread.
 */
public interface ActivationCheck {

    /** Completes when the service passes; fails with a {@link Failed} that says why it does not, in words for a person. */
    CompletionStage<Void> check(Service service);

    /** The service did not pass its activation test. */
    class Failed extends RuntimeException {

        public Failed(String message) {
            super(message);
        }
    }
}
