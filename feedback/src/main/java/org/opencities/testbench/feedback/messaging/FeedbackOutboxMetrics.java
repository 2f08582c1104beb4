package org.opencities.testbench.feedback.messaging;

import java.util.List;

import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.GaugeMetricFamily;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The feedback outbox relay's metrics: messages and batches sent and failed sends as they happen, and the
 * messages waiting in the outbox counted at scrape time (a relay that cannot reach the broker shows
 * as a growing backlog).
 */
@Component
class FeedbackOutboxMetrics extends Collector implements Collector.Describable, DisposableBean {

    private final Counter sent = Counter.build("testbench_feedback_outbox_sent_messages_total",
            "Feedback events the outbox relay sent to the broker").create();
    private final Counter batches = Counter.build("testbench_feedback_outbox_batches_total",
            "Broker transactions the outbox relay committed, each with a batch of messages").create();
    private final Counter failures = Counter.build("testbench_feedback_outbox_send_failures_total",
            "Batches the outbox relay could not send; their messages stayed in the outbox").create();
    private final FeedbackOutbox outbox;

    FeedbackOutboxMetrics(FeedbackOutbox outbox) {
        this.outbox = outbox;
        CollectorRegistry.defaultRegistry.register(sent);
        CollectorRegistry.defaultRegistry.register(batches);
        CollectorRegistry.defaultRegistry.register(failures);
        CollectorRegistry.defaultRegistry.register(this);
    }

    void batchSent(int messages) {
        batches.inc();
        sent.inc(messages);
    }

    void sendFailed() {
        failures.inc();
    }

    /** The family without samples, so that registering does not query a database that may not be migrated yet. */
    @Override
    public List<MetricFamilySamples> describe() {
        return List.of(waiting());
    }

    @Override
    public List<MetricFamilySamples> collect() {
        var waiting = waiting();
        waiting.addMetric(List.of(), outbox.waiting());
        return List.of(waiting);
    }

    private static GaugeMetricFamily waiting() {
        return new GaugeMetricFamily("testbench_feedback_outbox_messages", "Feedback events waiting in the outbox to be sent to the broker",
                List.of());
    }

    @Override
    public void destroy() {
        CollectorRegistry.defaultRegistry.unregister(this);
        CollectorRegistry.defaultRegistry.unregister(sent);
        CollectorRegistry.defaultRegistry.unregister(batches);
        CollectorRegistry.defaultRegistry.unregister(failures);
    }
}
