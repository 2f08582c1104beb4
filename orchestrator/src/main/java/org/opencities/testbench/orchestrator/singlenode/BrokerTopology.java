package org.opencities.testbench.orchestrator.singlenode;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded broker's addresses and delivery rules ({@code testbench.broker.*}); the same rules
 * for an external broker are in {@code docs/broker.xml}.
 *
 * @param multicast event addresses, one durable subscription queue per consuming module
 * @param anycast command queues
 * @param maxDeliveryAttempts deliveries of a message before it moves to the dead-letter queue
 * @param redeliveryDelay wait before the first redelivery, doubling up to {@code maxRedeliveryDelay}
 * @param expiry messages older than this move to the expiry queue; zero keeps them for ever
 */
@ConfigurationProperties("testbench.broker")
record BrokerTopology(
        @DefaultValue({"testbench.pilot.events", "testbench.service.events", "testbench.probe.measurements",
                "testbench.alarms", "testbench.feedback.events"}) List<String> multicast,
        @DefaultValue({"testbench.orders", "testbench.provisioning", "testbench.probe.assignments"}) List<String> anycast,
        @DefaultValue("5") int maxDeliveryAttempts,
        @DefaultValue("1s") Duration redeliveryDelay,
        @DefaultValue("30s") Duration maxRedeliveryDelay,
        @DefaultValue("7d") Duration expiry) {

    static final String DEAD_LETTERS = "DLQ";
    static final String EXPIRED = "ExpiryQueue";
}
