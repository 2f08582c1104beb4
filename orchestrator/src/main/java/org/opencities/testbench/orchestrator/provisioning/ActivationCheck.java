package org.opencities.testbench.orchestrator.provisioning;

import org.opencities.testbench.orchestrator.serviceinventory.Service;

/**
 * The activation step's test of a configured service. Today a configurable check; the probes'
 * measurement-based activation test (Y.1564-style) plugs in here.
 */
public interface ActivationCheck {

    /** Returns when the service passes; a {@link Failed} says why it does not, in words for a person. */
    void check(Service service);

    /** The service did not pass its activation test. */
    class Failed extends RuntimeException {

        public Failed(String message) {
            super(message);
        }
    }
}
