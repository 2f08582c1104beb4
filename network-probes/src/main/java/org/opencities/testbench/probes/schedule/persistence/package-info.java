/** Stores tasks and runs in the probes' schema; specs travel and are kept as JSON. */
package org.opencities.testbench.probes.schedule.persistence;
