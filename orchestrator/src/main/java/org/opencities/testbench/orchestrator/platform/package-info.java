/**
 * Process-level wiring shared by the orchestrator's own application and the single-node assembly:
 * the Prometheus endpoint and its collectors, language selection and the catch-all security chain.
 */
package org.opencities.testbench.orchestrator.platform;
