/** Probe agents: the measurement endpoints on the access network, their registration and heartbeats. */
package org.opencities.testbench.probes.agent;
