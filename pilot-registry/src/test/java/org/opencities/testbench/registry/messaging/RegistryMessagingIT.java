package org.opencities.testbench.registry.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.RegistryEvent;
import org.opencities.testbench.registry.RegistryTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The registry's outbox and inbox against the real embedded Artemis broker and real H2. */
@SpringBootTest(classes = RegistryTestApplication.class)
class RegistryMessagingIT {

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

    record LabOpened(UUID eventId, String subject, String name) implements RegistryEvent {
        @Override
        public String type() {
            return "lab.opened";
        }
    }

    /**
     * The inbox subscribes when its route starts, which may be after the context is up: sends a
     * probe event until the inbox has processed it, so later events cannot go to a topic nobody
     * listens to yet. The poll is slow enough that the processed probe is the last one sent.
     */
    private void awaitSubscribed() {
        String probe = UUID.randomUUID().toString();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            try (JMSContext jms = connectionFactory.createContext()) {
                jms.createProducer().send(jms.createTopic("testbench.service.events"), serviceEvent(probe));
            }
            return jdbc.sql("SELECT COUNT(*) FROM registry.camel_messageprocessed WHERE messageId = :id")
                    .param("id", probe).query(Long.class).single() > 0;
        });
    }

    private static String serviceEvent(String id) {
        return """
                {"specversion":"1.0","id":"%s","source":"/testbench/orchestrator","type":"service.activated",
                 "subject":"svc-1","time":"2026-11-23T10:00:00Z","datacontenttype":"application/json",
                 "futureattribute":"ignored","data":{"serviceId":"svc-1","fieldFromTheFuture":42}}""".formatted(id);
    }

    @Test
    void publishesOnlyCommittedEventsAsCloudEvents() throws Exception {
        try (JMSContext jms = connectionFactory.createContext();
                var consumer = jms.createConsumer(jms.createTopic("testbench.pilot.events"))) {
            var rolledBack = new LabOpened(UUID.randomUUID(), "lab-1", "never sent");
            var committed = new LabOpened(UUID.randomUUID(), "lab-2", "Oulu Living Lab");

            transactions.executeWithoutResult(status -> {
                events.publishEvent(rolledBack);
                status.setRollbackOnly();
            });
            transactions.executeWithoutResult(status -> events.publishEvent(committed));

            var received = (TextMessage) consumer.receive(Duration.ofSeconds(30).toMillis());
            assertThat(received).as("a CloudEvent on testbench.pilot.events").isNotNull();
            assertThat(received.getText())
                    .contains("\"specversion\":\"1.0\"", "\"id\":\"" + committed.eventId() + "\"",
                            "\"type\":\"lab.opened\"", "\"subject\":\"lab-2\"", "\"source\":\"/testbench/registry\"",
                            "\"name\":\"Oulu Living Lab\"")
                    .doesNotContain(rolledBack.eventId().toString());
            assertThat(received.getStringProperty("ce_type")).isEqualTo("lab.opened");
        }
    }

    @Test
    void processesEachEventIdOnceAndToleratesUnknownFields() {
        awaitSubscribed();
        String id = UUID.randomUUID().toString();
        String event = serviceEvent(id);
        var bothDelivered = new NotifyBuilder(camel).fromRoute("registry-inbox-testbench-service-events")
                .whenCompleted(2).create();
        var handledOnce = new NotifyBuilder(camel).fromRoute("registry-inbox-testbench-service-events")
                .wereSentTo("direct:registry-events").whenExactlyCompleted(1).create();

        try (JMSContext jms = connectionFactory.createContext()) {
            var topic = jms.createTopic("testbench.service.events");
            jms.createProducer().send(topic, event);
            jms.createProducer().send(topic, event);
        }

        assertThat(bothDelivered.matches(30, TimeUnit.SECONDS)).isTrue();
        assertThat(handledOnce.matches()).as("the duplicate was skipped").isTrue();
        long processed = jdbc.sql("SELECT COUNT(*) FROM registry.camel_messageprocessed WHERE messageId = :id")
                .param("id", id).query(Long.class).single();
        assertThat(processed).isEqualTo(1);
    }
}
