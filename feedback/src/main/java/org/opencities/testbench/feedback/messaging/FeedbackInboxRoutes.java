package org.opencities.testbench.feedback.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import javax.sql.DataSource;

import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.opencities.testbench.feedback.FeedbackModule;
import org.opencities.testbench.feedback.FeedbackProperties;
import org.springframework.stereotype.Component;

/**
 * The feedback module's inbox: one route per followed address, each a durable shared subscription
 * (replicas compete), unpacking the CloudEvent and skipping event ids already processed.
 * Redelivery belongs to the broker: a failing exchange rolls the JMS transaction back, and after
 * the broker's max delivery attempts the message lands on the dead-letter address.
 */
@Component
class FeedbackInboxRoutes extends RouteBuilder {

    static final String EVENTS = "direct:feedback-events";

    private static final EventFormat CLOUD_EVENTS_JSON =
            EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private final FeedbackProperties properties;
    private final FeedbackEventHandlers handlers;
    private final JdbcMessageIdRepository processedEvents;

    FeedbackInboxRoutes(FeedbackProperties properties, FeedbackEventHandlers handlers, DataSource dataSource) {
        this.properties = properties;
        this.handlers = handlers;
        this.processedEvents = new JdbcMessageIdRepository(dataSource, "feedback");
        this.processedEvents.setTableName(FeedbackModule.SCHEMA + ".camel_messageprocessed");
        this.processedEvents.setCreateTableIfNotExists(false);
    }

    @Override
    public void configure() {
        for (String address : properties.messaging().inbound()) {
            String subscription = "feedback." + address;
            String routeId = "feedback-inbox-" + address.replace('.', '-');
            fromF("jms:topic:%s?subscriptionDurable=true&subscriptionShared=true&subscriptionName=%s&transacted=true",
                    address, subscription)
                    .routeId(routeId)
                    .routeGroup("feedback")
                    .process(FeedbackInboxRoutes::unpackCloudEvent).id(routeId + "-unpack-cloud-event")
                    .idempotentConsumer(header("ce_id"), processedEvents).id(routeId + "-skip-processed-event")
                    .to(EVENTS).id(routeId + "-dispatch-event");
        }

        from(EVENTS)
                .routeId("feedback-events")
                .routeGroup("feedback")
                .bean(handlers, "handle").id("feedback-events-handle");
    }

    private static void unpackCloudEvent(Exchange exchange) {
        var event = CLOUD_EVENTS_JSON.deserialize(exchange.getIn().getBody(String.class).getBytes(UTF_8));
        var message = exchange.getIn();
        message.setHeader("ce_id", event.getId());
        message.setHeader("ce_type", event.getType());
        message.setHeader("ce_subject", event.getSubject());
        message.setHeader("ce_time", event.getTime() == null ? null : event.getTime().toString());
        message.setBody(event.getData() == null ? new byte[0] : event.getData().toBytes());
    }
}
