/** How the feedback module talks to the broker: the outbox relay out, the idempotent inbox in. */
package org.opencities.testbench.feedback.messaging;
