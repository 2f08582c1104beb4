package org.opencities.testbench.orchestrator.quality.messaging;

import java.time.Instant;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.opencities.testbench.orchestrator.quality.QualityAlarm;
import org.opencities.testbench.orchestrator.quality.ServiceQualities;
import org.opencities.testbench.orchestrator.quality.ServiceQuality;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns {@code alarm.raised} and {@code alarm.cleared} of type {@code qualityOfServiceAlarm} about a
 * {@code Service} into the service's operating status. Other alarms (e.g. the orchestrator's own
 * processing-error alarms) are acknowledged and left alone.
 */
@Component
class ServiceQualityRoutes extends RouteBuilder {

    /** Where the inbox dispatches alarm events. */
    static final String SERVICE_QUALITY = "direct:service-quality";

    private final ServiceQualities qualities;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    ServiceQualityRoutes(ServiceQualities qualities, TransactionTemplate transaction, JsonMapper json) {
        this.qualities = qualities;
        this.transaction = transaction;
        this.json = json;
    }

    @Override
    public void configure() {
        from(SERVICE_QUALITY)
                .routeId("service-quality")
                .routeGroup("orchestrator")
                .process(this::apply).id("apply-quality-alarm")
                .log(LoggingLevel.DEBUG, "${header.ce_type} ${header.ce_subject}: ${body}").id("log-service-quality");
    }

    private void apply(Exchange exchange) {
        var data = json.readTree(exchange.getIn().getBody(byte[].class));
        var alarm = qualityAlarm(exchange.getIn().getHeader("ce_type", String.class), data);
        if (alarm.isEmpty()) {
            exchange.getIn().setBody("not a quality alarm about a service; ignored");
            return;
        }
        var status = transaction.execute(tx -> {
            var current = qualities.find(alarm.get().serviceId()).orElse(null);
            var next = ServiceQuality.after(current, alarm.get());
            if (next != null && !next.equals(current)) {
                qualities.save(next);
            }
            return next == null ? "unchanged (no quality recorded)" : next.status().value();
        });
        exchange.getIn().setBody("service " + alarm.get().serviceId() + " " + status);
    }

    static Optional<QualityAlarm> qualityAlarm(String type, JsonNode data) {
        if (!"qualityOfServiceAlarm".equals(text(data, "alarmType"))
                || !"Service".equals(text(data.path("alarmedObject"), "@referredType"))) {
            return Optional.empty();
        }
        boolean raised = "alarm.raised".equals(type);
        var threshold = data.path("crossedThresholdInformation");
        return Optional.of(new QualityAlarm(text(data, "id"), text(data.path("alarmedObject"), "id"), raised,
                text(threshold, "indicatorName"), text(threshold, "observedValue"), text(threshold, "thresholdValue"),
                Instant.parse(text(data, raised ? "alarmRaisedTime" : "alarmClearedTime"))));
    }

    private static String text(JsonNode data, String field) {
        var node = data.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }
}
