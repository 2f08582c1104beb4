/** The FTTH inventory: PON segments of each city's OLTs with their technology and capacity. */
package org.opencities.testbench.orchestrator.inventory;
