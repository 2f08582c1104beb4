package org.opencities.testbench.feedback.messaging;

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
import org.opencities.testbench.feedback.FeedbackEvent;
import org.opencities.testbench.feedback.FeedbackTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The feedback module's outbox and inbox against the real embedded Artemis broker and real H2. */
@SpringBootTest(classes = FeedbackTestApplication.class)
class FeedbackMessagingIT {

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

    record ResponseSubmitted(UUID eventId, String subject, String instrument) implements FeedbackEvent {
        @Override
        public String type() {
            return "response.submitted";
        }
    }

    @Test
    void publishesOnlyCommittedEventsAsCloudEvents() throws Exception {
        try (JMSContext jms = connectionFactory.createContext();
                var consumer = jms.createConsumer(jms.createTopic("testbench.feedback.events"))) {
            var rolledBack = new ResponseSubmitted(UUID.randomUUID(), "response-1", "never sent");
            var committed = new ResponseSubmitted(UUID.randomUUID(), "response-2", "sus");

            transactions.executeWithoutResult(status -> {
                events.publishEvent(rolledBack);
                status.setRollbackOnly();
            });
            transactions.executeWithoutResult(status -> events.publishEvent(committed));

            var received = (TextMessage) consumer.receive(Duration.ofSeconds(30).toMillis());
            assertThat(received).as("a CloudEvent on testbench.feedback.events").isNotNull();
            assertThat(received.getText())
                    .contains("\"specversion\":\"1.0\"", "\"id\":\"" + committed.eventId() + "\"",
                            "\"type\":\"response.submitted\"", "\"subject\":\"response-2\"",
                            "\"source\":\"/testbench/feedback\"", "\"instrument\":\"sus\"")
                    .doesNotContain(rolledBack.eventId().toString());
            assertThat(received.getStringProperty("ce_type")).isEqualTo("response.submitted");
        }
    }

    @Test
    void processesEachEventIdOnceAndToleratesUnknownFields() {
        String id = UUID.randomUUID().toString();
        String event = """
                {"specversion":"1.0","id":"%s","source":"/testbench/registry","type":"pilot.accepted",
                 "subject":"pilot-1","time":"2026-11-23T10:00:00Z","datacontenttype":"application/json",
                 "futureattribute":"ignored","data":{"pilotId":"pilot-1","fieldFromTheFuture":42}}""".formatted(id);
        var bothDelivered = new NotifyBuilder(camel).fromRoute("feedback-inbox-testbench-pilot-events")
                .whenCompleted(2).create();
        var handledOnce = new NotifyBuilder(camel).fromRoute("feedback-inbox-testbench-pilot-events")
                .wereSentTo("direct:feedback-events").whenExactlyCompleted(1).create();

        try (JMSContext jms = connectionFactory.createContext()) {
            var topic = jms.createTopic("testbench.pilot.events");
            jms.createProducer().send(topic, event);
            jms.createProducer().send(topic, event);
        }

        assertThat(bothDelivered.matches(30, TimeUnit.SECONDS)).isTrue();
        assertThat(handledOnce.matches()).as("the duplicate was skipped").isTrue();
        long processed = jdbc.sql("SELECT COUNT(*) FROM feedback.camel_messageprocessed WHERE messageId = :id")
                .param("id", id).query(Long.class).single();
        assertThat(processed).isEqualTo(1);
    }
}
