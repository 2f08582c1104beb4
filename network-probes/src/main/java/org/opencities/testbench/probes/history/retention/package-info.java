/** Keeps the measurement history within its retention: a timer route that prunes old runs in bounded sweeps. */
package org.opencities.testbench.probes.history.retention;
