package org.opencities.testbench.feedback.messaging;

import io.prometheus.client.Counter;
import org.springframework.stereotype.Component;

/**
 * The feedback outbox relay's metrics, registered once per process: events and batches sent, and
 * failed sends (a relay that cannot reach the broker shows as failures that keep counting while its
 * events wait in the outbox).
 */
@Component
class FeedbackOutboxMetrics {

    private static final Counter SENT = Counter.build("testbench_feedback_outbox_sent_messages_total",
            "Feedback events the outbox relay sent to the broker").register();
    private static final Counter BATCHES = Counter.build("testbench_feedback_outbox_batches_total",
            "Broker transactions the feedback outbox relay committed, each with a batch of events").register();
    private static final Counter FAILURES = Counter.build("testbench_feedback_outbox_send_failures_total",
            "Batches the feedback outbox relay could not send; their events stayed in the outbox").register();

    void batchSent(int messages) {
        BATCHES.inc();
        SENT.inc(messages);
    }

    void sendFailed() {
        FAILURES.inc();
    }
}
