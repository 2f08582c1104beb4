/** Stores probe agents in the probes' schema. */
package org.opencities.testbench.probes.agent.persistence;
