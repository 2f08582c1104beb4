/** Alarms the orchestrator raises (TM Forum TMF642 shape), e.g. when provisioning a service fails. */
package org.opencities.testbench.orchestrator.alarm;
