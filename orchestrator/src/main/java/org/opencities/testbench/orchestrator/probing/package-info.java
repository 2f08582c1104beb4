/**
 * What the orchestrator asks the probe agents to measure: a repeating STAMP task for every active
 * service on its segment, canceled when the service is terminated, sent as assignments over the broker.
 */
package org.opencities.testbench.orchestrator.probing;
