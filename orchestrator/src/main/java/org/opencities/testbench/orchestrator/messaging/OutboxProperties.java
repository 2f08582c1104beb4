package org.opencities.testbench.orchestrator.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay sends ({@code testbench.orchestrator.outbox.*}).
 *
 * @param batch the most messages sent in one broker transaction and deleted with one statement
 * @param pollEvery how often the relay looks for messages nobody woke it for: those left by a
 *     crash, by another replica, or by a send that failed (it also waits this long after a failure)
 */
@ConfigurationProperties("testbench.orchestrator.outbox")
record OutboxProperties(@DefaultValue("200") int batch, @DefaultValue("1s") Duration pollEvery) {
}
