/** The orchestrator as its own process for the distributed mode. */
package org.opencities.testbench.orchestrator.standalone;
