/** How the probes talk to the broker: the outbox relay out, the idempotent inbox and assignment queue in. */
package org.opencities.testbench.probes.messaging;
