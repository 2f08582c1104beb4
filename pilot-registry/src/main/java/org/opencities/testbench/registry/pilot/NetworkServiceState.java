package org.opencities.testbench.registry.pilot;

/** Where one of a pilot's network services stands, as the orchestrator last reported it. */
public enum NetworkServiceState {
    RESERVED, ACTIVE, FAILED, TERMINATED
}
