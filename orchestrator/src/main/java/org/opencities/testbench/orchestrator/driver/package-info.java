/** The segment driver SPI: how a provisioned service is configured on, and removed from, a PON segment. */
package org.opencities.testbench.orchestrator.driver;
