/** The provisioning saga: the steps that take an order item to an active service, or back out of it, with their state kept in the database. */
package org.opencities.testbench.orchestrator.provisioning;
