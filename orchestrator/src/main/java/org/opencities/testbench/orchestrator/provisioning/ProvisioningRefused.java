package org.opencities.testbench.orchestrator.provisioning;

/** An order item that provisioning cannot carry out as asked; the message says what to change. */
public class ProvisioningRefused extends RuntimeException {

    public ProvisioningRefused(String message) {
        super(message);
    }
}
