/**
 * The assignments the orchestrator sends the probe agents: a repeating STAMP task for every active
 * service on its segment ({@code measure.schedule}), canceled when the service is terminated
 * ({@code measure.cancel}).
 */
package org.opencities.testbench.orchestrator.probing;
