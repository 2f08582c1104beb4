package org.opencities.testbench.probes.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import javax.sql.DataSource;

import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.opencities.testbench.probes.ProbesModule;
import org.opencities.testbench.probes.ProbesProperties;
import org.springframework.stereotype.Component;

/**
 * The probes' inbox: one route per followed address, each a durable shared subscription
 * (replicas compete), and, where this process runs a probe agent, one route on the anycast
 * assignments queue with the agent's selector. Every route unpacks the
 * CloudEvent and skips event ids already processed. Redelivery belongs to the broker: a failing
 * exchange rolls the JMS transaction back, and after the broker's max delivery attempts the
 * message lands on the dead-letter address.
 */
@Component
class ProbesInboxRoutes extends RouteBuilder {

    static final String EVENTS = "direct:probes-events";
    static final String ASSIGNMENTS = "direct:probe-assignments";

    private static final EventFormat CLOUD_EVENTS_JSON =
            EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private final ProbesProperties properties;
    private final JdbcMessageIdRepository processedEvents;

    ProbesInboxRoutes(ProbesProperties properties, DataSource dataSource) {
        this.properties = properties;
        this.processedEvents = new JdbcMessageIdRepository(dataSource, "probes");
        this.processedEvents.setTableName(ProbesModule.SCHEMA + ".camel_messageprocessed");
        this.processedEvents.setCreateTableIfNotExists(false);
    }

    @Override
    public void configure() {
        for (String address : properties.messaging().inbound()) {
            inbox("jms:topic:%s?subscriptionDurable=true&subscriptionShared=true&subscriptionName=%s&transacted=true"
                    .formatted(address, "probes." + address), "probes-inbox-" + address.replace('.', '-'), EVENTS);
        }
        var agent = properties.agent();
        if (agent.enabled()) {
            inbox("jms:queue:%s?transacted=true&selector=RAW(%s)".formatted(properties.messaging().assignments(),
                    selector(agent)), "probes-assignments", ASSIGNMENTS);
        }

        from(EVENTS)
                .routeId("probes-events")
                .routeGroup("probes")
                .choice().id("probes-dispatch-by-type")
                    .when(header("ce_type").in("measurement.completed", "measurement.failed"))
                        .to("direct:probe-measurements").id("probes-record-measurement")
                    .when(header("ce_type").in("pilot.accepted", "service.activated", "service.terminated"))
                        .to("direct:sla-services").id("probes-follow-service-for-sla")
                    .otherwise()
                        .log(LoggingLevel.DEBUG, "No probes handler for ${header.ce_type} ${header.ce_id}; acknowledged")
                        .id("probes-ignore-unhandled-event")
                .end();
    }

    /**
     * An agent takes from the shared queue only what is meant for it: assignments naming its id, and
     * assignments naming no agent for a segment it serves. The producer sets {@code agentId} and
     * {@code segmentId} as JMS properties; quotes in ids cannot occur (ids are slugs), but are
     * doubled as JMS selectors require.
     */
    static String selector(ProbesProperties.Agent agent) {
        String mine = "agentId = '" + quoted(agent.id()) + "'";
        if (agent.segments().contains("*")) {
            return mine + " OR agentId IS NULL";
        }
        String segments = agent.segments().stream().map(segment -> "'" + quoted(segment) + "'")
                .collect(java.util.stream.Collectors.joining(", "));
        return mine + " OR (agentId IS NULL AND segmentId IN (" + segments + "))";
    }

    private static String quoted(String value) {
        return value.replace("'", "''");
    }

    private void inbox(String uri, String routeId, String handler) {
        from(uri)
                .routeId(routeId)
                .routeGroup("probes")
                .process(ProbesInboxRoutes::unpackCloudEvent).id(routeId + "-unpack-cloud-event")
                .idempotentConsumer(header("ce_id"), processedEvents).id(routeId + "-skip-processed-event")
                .to(handler).id(routeId + "-dispatch-event");
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
