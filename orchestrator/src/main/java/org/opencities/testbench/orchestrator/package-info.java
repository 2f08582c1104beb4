/** The orchestrator: FTTH inventory, admission control, service ordering and provisioning. */
package org.opencities.testbench.orchestrator;
