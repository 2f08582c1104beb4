package org.opencities.testbench.probes.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.probes.ProbeEvent;
import org.opencities.testbench.probes.ProbesTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The probes' outbox and inbox against the real embedded Artemis broker and real H2; the agent's
 * assignment queue is tested with the agent, in {@code AgentSchedulingIT}.
 */
@SpringBootTest(classes = ProbesTestApplication.class)
class ProbesMessagingIT {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    CamelContext camel;
    @Autowired
    JdbcClient jdbc;

    record RttMeasured(UUID eventId, String subject, double rttMillis) implements ProbeEvent {
        @Override
        public String type() {
            return "rtt.measured";
        }
    }

    @Test
    void publishesOnlyCommittedEventsAsCloudEvents() throws Exception {
        try (JMSContext jms = connectionFactory.createContext();
                var consumer = jms.createConsumer(jms.createTopic("testbench.probe.measurements"))) {
            var rolledBack = new RttMeasured(UUID.randomUUID(), "oulu-olt-1", 99.0);
            var committed = new RttMeasured(UUID.randomUUID(), "oulu-olt-2", 1.25);

            transactions.executeWithoutResult(status -> {
                events.publishEvent(rolledBack);
                status.setRollbackOnly();
            });
            transactions.executeWithoutResult(status -> events.publishEvent(committed));

            var received = (TextMessage) consumer.receive(Duration.ofSeconds(30).toMillis());
            assertThat(received).as("a CloudEvent on testbench.probe.measurements").isNotNull();
            assertThat(received.getText())
                    .contains("\"specversion\":\"1.0\"", "\"id\":\"" + committed.eventId() + "\"",
                            "\"type\":\"rtt.measured\"", "\"subject\":\"oulu-olt-2\"", "\"source\":\"/testbench/probes\"",
                            "\"rttMillis\":1.25")
                    .doesNotContain(rolledBack.eventId().toString());
            assertThat(received.getStringProperty("ce_type")).isEqualTo("rtt.measured");
        }
    }

    @Test
    void processesEachFollowedEventIdOnceAndToleratesUnknownFields() {
        String id = UUID.randomUUID().toString();
        String event = """
                {"specversion":"1.0","id":"%s","source":"/testbench/orchestrator","type":"service.activated",
                 "subject":"svc-1","time":"2026-11-23T10:00:00Z","datacontenttype":"application/json",
                 "futureattribute":"ignored","data":{"serviceId":"svc-1","fieldFromTheFuture":42}}""".formatted(id);
        var bothDelivered = new NotifyBuilder(camel).fromRoute("probes-inbox-testbench-service-events")
                .whenCompleted(2).create();
        var handledOnce = new NotifyBuilder(camel).fromRoute("probes-inbox-testbench-service-events")
                .wereSentTo("direct:probes-events").whenExactlyCompleted(1).create();

        try (JMSContext jms = connectionFactory.createContext()) {
            var topic = jms.createTopic("testbench.service.events");
            jms.createProducer().send(topic, event);
            jms.createProducer().send(topic, event);
        }

        assertThat(bothDelivered.matches(30, TimeUnit.SECONDS)).isTrue();
        assertThat(handledOnce.matches()).as("the duplicate was skipped").isTrue();
        assertThat(processedCount(id)).isEqualTo(1);
    }

    private long processedCount(String eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM probes.camel_messageprocessed WHERE messageId = :id")
                .param("id", eventId).query(Long.class).single();
    }
}
