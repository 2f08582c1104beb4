package org.opencities.testbench.orchestrator.provisioning;

import java.util.Locale;

/**
 * The steps of a provisioning saga. An add item runs validate to complete; a delete item, a
 * failure and a cancellation run remove-configuration, release-capacity and terminate.
 */
public enum ProvisioningStep {
    VALIDATE, FEASIBILITY, RESERVE, CONFIGURE, ACTIVATE, COMPLETE, REMOVE_CONFIGURATION, RELEASE_CAPACITY, TERMINATE;

    /** The step's name in routes, metrics and documents, e.g. {@code remove-configuration}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the step goes forward (towards an active service) rather than backing out. */
    public boolean forward() {
        return ordinal() <= COMPLETE.ordinal();
    }
}
