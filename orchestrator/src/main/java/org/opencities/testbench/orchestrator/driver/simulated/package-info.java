/** The simulated segment driver: an in-process OLT model with its configuration in the database, latency and fault injection. */
package org.opencities.testbench.orchestrator.driver.simulated;
