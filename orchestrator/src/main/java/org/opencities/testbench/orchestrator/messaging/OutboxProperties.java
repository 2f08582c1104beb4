package org.opencities.testbench.orchestrator.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay sends ({@code testbench.orchestrator.outbox.*}).
 *
 * @param batch the most messages sent in one broker transaction and deleted with one statement
 * @param pollEvery how often the relay sweeps the outbox for messages nobody handed it: those left by
 *     a crash, by another replica, or by a send that failed (it also waits this long after a failure)
 * @param sweepAfter how long a committed message is left to the relay it was handed to before a sweep
 *     sends it; the relay sends what it was handed only while it is younger than half of this, so that
 *     no message goes both ways
 */
@ConfigurationProperties("testbench.orchestrator.outbox")
record OutboxProperties(@DefaultValue("200") int batch, @DefaultValue("1s") Duration pollEvery,
        @DefaultValue("10s") Duration sweepAfter) {
}
