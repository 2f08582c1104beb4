package org.opencities.testbench.orchestrator.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import javax.sql.DataSource;

import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.opencities.testbench.orchestrator.OrchestratorModule;
import org.opencities.testbench.orchestrator.OrchestratorProperties;
import org.springframework.stereotype.Component;

/**
 * The orchestrator's inbox: the anycast order queue and one durable shared subscription per
 * followed address (replicas compete), unpacking the CloudEvent and skipping ids already
 * processed. Redelivery belongs to the broker: a failing exchange rolls the JMS transaction back,
 * and after the broker's max delivery attempts the message lands on the dead-letter address.
 */
@Component
class OrchestratorInboxRoutes extends RouteBuilder {

    static final String EVENTS = "direct:orchestrator-events";

    private static final EventFormat CLOUD_EVENTS_JSON =
            EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private final OrchestratorProperties properties;
    private final JdbcMessageIdRepository processedMessages;

    OrchestratorInboxRoutes(OrchestratorProperties properties, DataSource dataSource) {
        this.properties = properties;
        this.processedMessages = new JdbcMessageIdRepository(dataSource, "orchestrator");
        this.processedMessages.setTableName(OrchestratorModule.SCHEMA + ".camel_messageprocessed");
        this.processedMessages.setCreateTableIfNotExists(false);
    }

    @Override
    public void configure() {
        var messaging = properties.messaging();
        for (String address : messaging.inbound()) {
            inbox(fromF("jms:topic:%s?subscriptionDurable=true&subscriptionShared=true&subscriptionName=orchestrator.%s"
                    + "&transacted=true", address, address), "orchestrator-inbox-" + address.replace('.', '-'));
        }
        inbox(fromF("jms:queue:%s?transacted=true", messaging.orders()), "orchestrator-orders");

        from(EVENTS)
                .routeId("orchestrator-events")
                .routeGroup("orchestrator")
                .choice().id("orchestrator-dispatch-by-type")
                    .when(header("ce_type").in("pilot.accepted", "pilot.completed", "pilot.withdrawn", "order.requested"))
                        .to("direct:pilot-orders").id("orchestrator-order-for-pilot")
                    .when(header("ce_type").in("alarm.raised", "alarm.cleared"))
                        .to("direct:service-quality").id("orchestrator-follow-service-quality")
                    .otherwise()
                        .log(LoggingLevel.DEBUG, "No orchestrator handler for ${header.ce_type} ${header.ce_id}; acknowledged")
                        .id("orchestrator-ignore-unhandled-event")
                .end();
    }

    private void inbox(RouteDefinition route, String routeId) {
        route.routeId(routeId)
                .routeGroup("orchestrator")
                .process(OrchestratorInboxRoutes::unpackCloudEvent).id(routeId + "-unpack-cloud-event")
                .idempotentConsumer(header("ce_id"), processedMessages).id(routeId + "-skip-processed-message")
                .to(EVENTS).id(routeId + "-dispatch");
    }

    private static void unpackCloudEvent(Exchange exchange) {
        var event = CLOUD_EVENTS_JSON.deserialize(exchange.getIn().getBody(String.class).getBytes(UTF_8));
        var message = exchange.getIn();
        message.setHeader("ce_id", event.getId());
        message.setHeader("ce_type", event.getType());
        message.setHeader("ce_subject", event.getSubject());
        message.setBody(event.getData() == null ? new byte[0] : event.getData().toBytes());
    }
}
