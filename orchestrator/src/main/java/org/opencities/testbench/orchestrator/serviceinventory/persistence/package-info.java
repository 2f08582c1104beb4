/** The service inventory in the orchestrator's database (JDBC). */
package org.opencities.testbench.orchestrator.serviceinventory.persistence;
