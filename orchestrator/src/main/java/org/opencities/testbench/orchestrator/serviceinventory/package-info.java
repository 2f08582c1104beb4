/** The service inventory (TM Forum TMF638): services provisioned on segments and their states. */
package org.opencities.testbench.orchestrator.serviceinventory;
