package org.opencities.testbench.probes.sla.messaging;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.opencities.testbench.probes.sla.AcceptanceCriteria;
import org.opencities.testbench.probes.sla.SlaMonitor;
import org.opencities.testbench.probes.sla.SlaServices;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the SLA evaluation's view of the world: {@code pilot.accepted} gives a pilot's acceptance
 * criteria ({@code requirements.maxLatencyMs}, {@code maxJitterMs}, {@code maxLossRatio}),
 * {@code service.activated} starts watching a service on its segment and
 * {@code service.terminated} stops, clearing an alarm still raised for it.
 */
@Component
class SlaServiceRoutes extends RouteBuilder {

    /** Where the inbox dispatches the event types this route handles. */
    static final String SLA_SERVICES = "direct:sla-services";

    private final SlaServices services;
    private final SlaMonitor monitor;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    SlaServiceRoutes(SlaServices services, SlaMonitor monitor, ApplicationEventPublisher events,
            TransactionTemplate transaction, JsonMapper json) {
        this.services = services;
        this.monitor = monitor;
        this.events = events;
        this.transaction = transaction;
        this.json = json;
    }

    @Override
    public void configure() {
        from(SLA_SERVICES)
                .routeId("sla-services")
                .routeGroup("probes")
                .process(this::follow).id("follow-service-for-sla")
                .log(LoggingLevel.DEBUG, "${header.ce_type} ${header.ce_subject}: ${body}").id("log-sla-service");
    }

    private void follow(Exchange exchange) {
        var data = json.readTree(exchange.getIn().getBody(byte[].class));
        String type = exchange.getIn().getHeader("ce_type", String.class);
        String outcome = transaction.execute(status -> switch (type) {
            case "pilot.accepted" -> {
                services.criteria(required(data, "pilotId"), criteria(data.path("requirements")));
                yield "criteria stored";
            }
            case "service.activated" -> activated(data);
            case "service.terminated" -> {
                var cleared = monitor.terminated(required(data, "serviceId"));
                cleared.ifPresent(events::publishEvent);
                yield cleared.isPresent() ? "no longer watched; alarm cleared" : "no longer watched";
            }
            default -> throw new IllegalArgumentException("no SLA handling for events of type " + type);
        });
        exchange.getIn().setBody(outcome);
    }

    /** A service ordered without a pilot (a plain TMF641 order) has no acceptance criteria to watch. */
    private String activated(JsonNode data) {
        String pilotId = text(data, "pilotId");
        String segmentId = text(data, "segmentId");
        if (pilotId == null || segmentId == null) {
            return "not watched: no pilot or segment";
        }
        services.activated(required(data, "serviceId"), pilotId, segmentId);
        return "watched";
    }

    private static AcceptanceCriteria criteria(JsonNode requirements) {
        return new AcceptanceCriteria(number(requirements, "maxLatencyMs"), number(requirements, "maxJitterMs"),
                number(requirements, "maxLossRatio"));
    }

    private static Double number(JsonNode data, String field) {
        var node = data.get(field);
        return node != null && node.isNumber() ? node.doubleValue() : null;
    }

    private static String required(JsonNode data, String field) {
        String value = text(data, field);
        if (value == null) {
            throw new IllegalArgumentException("event without " + field);
        }
        return value;
    }

    private static String text(JsonNode data, String field) {
        var node = data.get(field);
        return node == null || node.isNull() || node.asString().isBlank() ? null : node.asString();
    }
}
