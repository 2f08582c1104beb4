package org.opencities.testbench.orchestrator.pilot.messaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.opencities.testbench.orchestrator.ordering.OrderIntake;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.opencities.testbench.orchestrator.ordering.tmf.ServiceOrderReader;
import org.opencities.testbench.orchestrator.pilot.PilotAccepted;
import org.opencities.testbench.orchestrator.pilot.PilotOrders;
import org.opencities.testbench.orchestrator.serviceinventory.Services;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns {@code pilot.accepted}, {@code pilot.completed}, {@code pilot.withdrawn} and
 * {@code order.requested} (their CloudEvent {@code data}) into service orders, each in one
 * database transaction. The inbox has already skipped event ids it processed.
 */
@Component
class PilotOrderRoutes extends RouteBuilder {

    /** Where the inbox dispatches the event types this route handles. */
    static final String PILOT_ORDERS = "direct:pilot-orders";

    private final PilotOrders pilotOrders;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    PilotOrderRoutes(ServiceOrders orders, Services services, OrderIntake intake, JsonMapper json,
            TransactionTemplate transaction) {
        this.pilotOrders = new PilotOrders(orders, services, intake);
        this.json = json;
        this.transaction = transaction;
    }

    @Override
    public void configure() {
        from(PILOT_ORDERS)
                .routeId("pilot-orders")
                .routeGroup("orchestrator")
                .process(this::order).id("create-pilot-order")
                .log(LoggingLevel.DEBUG, "${header.ce_type} ${header.ce_subject}: ${body}").id("log-pilot-order");
    }

    private void order(Exchange exchange) {
        var data = json.readTree(exchange.getIn().getBody(byte[].class));
        String type = exchange.getIn().getHeader("ce_type", String.class);
        var order = transaction.execute(status -> switch (type) {
            case "pilot.accepted" -> pilotOrders.accepted(accepted(data)).map(created -> created.id()).orElse("none: exists");
            case "pilot.completed" -> pilotOrders.ended(data.get("pilotId").stringValue(), "completed")
                    .map(created -> created.id()).orElse("none: no live service or exists");
            case "pilot.withdrawn" -> pilotOrders.ended(data.get("pilotId").stringValue(), "withdrawn")
                    .map(created -> created.id()).orElse("none: no live service or exists");
            case "order.requested" -> pilotOrders.requested(ServiceOrderReader.draft(data)).id();
            default -> throw new IllegalArgumentException("no pilot order for events of type " + type);
        });
        exchange.getIn().setBody("order " + order);
    }

    private static PilotAccepted accepted(JsonNode data) {
        var requirements = data.path("requirements");
        List<String> cities = new ArrayList<>();
        data.path("cities").forEach(city -> cities.add(city.asString()));
        var criteria = new HashMap<String, String>();
        for (String criterion : List.of("maxLatencyMs", "maxJitterMs", "maxLossRatio")) {
            if (requirements.has(criterion)) {
                criteria.put(criterion, requirements.get(criterion).asString());
            }
        }
        return new PilotAccepted(data.get("pilotId").stringValue(), cities,
                requirements.path("downstream").path("guaranteedKbps").asLong(0),
                requirements.path("downstream").path("maximumKbps").asLong(0),
                requirements.path("upstream").path("guaranteedKbps").asLong(0),
                requirements.path("upstream").path("maximumKbps").asLong(0), criteria);
    }
}
