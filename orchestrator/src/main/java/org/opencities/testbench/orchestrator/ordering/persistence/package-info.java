/** Service orders, their cancellations, hub listeners and idempotency keys in the orchestrator's database (JDBC). */
package org.opencities.testbench.orchestrator.ordering.persistence;
