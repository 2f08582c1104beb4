/** REST resources for the FTTH inventory. */
package org.opencities.testbench.orchestrator.inventory.web;
