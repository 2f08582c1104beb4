/**
 * Process-level wiring shared by the orchestrator's own application and the single-node assembly:
 * the Prometheus endpoint and its collectors, language selection, the catch-all security chain and the
 * group commit that the order intake, the saga and the simulated OLT share.
 */
package org.opencities.testbench.orchestrator.platform;
