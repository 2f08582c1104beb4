/** REST resources listing the agents' measurement tasks and runs with their states. */
package org.opencities.testbench.probes.schedule.web;
