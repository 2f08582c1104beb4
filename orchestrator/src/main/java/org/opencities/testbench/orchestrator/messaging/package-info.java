/** How the orchestrator talks to the broker: the outbox relay out, the idempotent inbox in. */
package org.opencities.testbench.orchestrator.messaging;
