/** The outbox in {@code orchestrator.outbox_message}. */
package org.opencities.testbench.orchestrator.messaging.persistence;
