/** How the orchestrator assigns measurements: listeners on service events, the assignments and their outbox relay to the agents' queue. */
package org.opencities.testbench.orchestrator.probing.messaging;
