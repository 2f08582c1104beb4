package org.opencities.testbench.orchestrator.ordering;

import org.opencities.testbench.orchestrator.NotFound;

/** No service order (or cancellation request) has the id the caller named. */
public class ServiceOrderNotFound extends NotFound {

    public ServiceOrderNotFound(String what, String id) {
        super("No " + what + " with id '" + id + "'; list them to find the id");
    }
}
