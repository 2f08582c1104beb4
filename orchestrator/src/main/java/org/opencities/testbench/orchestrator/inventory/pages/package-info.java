/** Server-rendered operator pages of the FTTH inventory. */
package org.opencities.testbench.orchestrator.inventory.pages;
