package org.opencities.testbench.orchestrator.platform;

import java.util.List;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;

import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.GaugeMetricFamily;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * {@code testbench_messaging_dead_letter_messages}: messages waiting on the dead-letter queue,
 * counted by browsing it at scrape time (up to a cap, so a flooded DLQ cannot stall a scrape).
 * When the broker cannot be reached the metric is left out and {@code testbench_messaging_broker_up} is 0.
 */
class DeadLetterMetric extends Collector implements DisposableBean {

    static final String DEAD_LETTER_QUEUE = "DLQ";
    private static final int CAP = 100_000;
    private static final Logger log = LoggerFactory.getLogger(DeadLetterMetric.class);

    private final ConnectionFactory connectionFactory;

    DeadLetterMetric(ConnectionFactory connectionFactory) {
        this.connectionFactory = connectionFactory;
        CollectorRegistry.defaultRegistry.register(this);
    }

    @Override
    public List<MetricFamilySamples> collect() {
        var up = new GaugeMetricFamily("testbench_messaging_broker_up", "1 when the broker answered the last scrape",
                List.of());
        try (var jms = connectionFactory.createContext();
                var browser = jms.createBrowser(jms.createQueue(DEAD_LETTER_QUEUE))) {
            var messages = browser.getEnumeration();
            long count = 0;
            while (count < CAP && messages.hasMoreElements()) {
                messages.nextElement();
                count++;
            }
            up.addMetric(List.of(), 1);
            var deadLetters = new GaugeMetricFamily("testbench_messaging_dead_letter_messages",
                    "Messages on the dead-letter queue after their last delivery attempt", count);
            return List.of(up, deadLetters);
        } catch (JMSException | JMSRuntimeException e) {
            log.warn("Broker did not answer the dead-letter count: {}", e.getMessage());
            up.addMetric(List.of(), 0);
            return List.of(up);
        }
    }

    @Override
    public void destroy() {
        CollectorRegistry.defaultRegistry.unregister(this);
    }
}
