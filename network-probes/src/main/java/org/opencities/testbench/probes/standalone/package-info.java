/** The network probes as their own process for the distributed mode. */
package org.opencities.testbench.probes.standalone;
