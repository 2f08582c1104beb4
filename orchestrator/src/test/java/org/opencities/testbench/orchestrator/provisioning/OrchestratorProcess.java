package org.opencities.testbench.orchestrator.provisioning;

import org.opencities.testbench.orchestrator.OrchestratorTestApplication;

/** The orchestrator test application as a process of its own, for tests that kill it. */
public final class OrchestratorProcess {

    private OrchestratorProcess() {
    }

    public static void main(String[] args) {
        OrchestratorTestApplication.application().run(args);
    }
}
