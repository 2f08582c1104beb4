/** Provisioning sagas and leases stored with JDBC in the orchestrator's schema. */
package org.opencities.testbench.orchestrator.provisioning.persistence;
