/** The feedback outbox's table. */
package org.opencities.testbench.feedback.messaging.persistence;
