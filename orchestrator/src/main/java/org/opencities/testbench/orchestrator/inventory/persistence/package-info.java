/** Stores the FTTH inventory in the orchestrator's schema. */
package org.opencities.testbench.orchestrator.inventory.persistence;
