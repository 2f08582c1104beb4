package org.opencities.testbench.probes.history.messaging;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.opencities.testbench.probes.ProbeEvent;
import org.opencities.testbench.probes.history.Measurement;
import org.opencities.testbench.probes.history.Measurements;
import org.opencities.testbench.probes.metrics.ProbeMetrics;
import org.opencities.testbench.probes.sla.AlarmRaised;
import org.opencities.testbench.probes.sla.SlaMonitor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records each {@code measurement.completed} and {@code measurement.failed} in the history and,
 * in the same transaction, evaluates the run's service; an alarm event it gives goes into the
 * outbox with the history row. Metrics count a run once it is committed and only when it was new,
 * so a redelivered event changes nothing.
 */
@Component
class MeasurementRoutes extends RouteBuilder {

    /** Where the inbox dispatches measurement events. */
    static final String MEASUREMENTS = "direct:probe-measurements";

    private final Measurements history;
    private final SlaMonitor sla;
    private final ProbeMetrics metrics;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    MeasurementRoutes(Measurements history, SlaMonitor sla, ProbeMetrics metrics, ApplicationEventPublisher events,
            TransactionTemplate transaction, JsonMapper json) {
        this.history = history;
        this.sla = sla;
        this.metrics = metrics;
        this.events = events;
        this.transaction = transaction;
        this.json = json;
    }

    @Override
    public void configure() {
        from(MEASUREMENTS)
                .routeId("record-measurement")
                .routeGroup("probes")
                .process(this::record).id("record-measurement-run")
                .log(LoggingLevel.DEBUG, "${header.ce_type} ${header.ce_subject}: ${body}").id("log-measurement-run");
    }

    private void record(Exchange exchange) {
        var run = MeasurementEvents.read(exchange.getIn().getHeader("ce_type", String.class),
                json.readTree(exchange.getIn().getBody(byte[].class)));
        var recorded = transaction.execute(status -> {
            if (!history.record(run)) {
                return Recorded.ALREADY;
            }
            var alarm = sla.recorded(run);
            alarm.ifPresent(events::publishEvent);
            return new Recorded(true, alarm);
        });
        if (recorded.isNew()) {
            metrics.recorded(run);
            recorded.alarm().filter(AlarmRaised.class::isInstance).map(AlarmRaised.class::cast)
                    .ifPresent(raised -> metrics.violated(run.segmentId(), raised.crossedThresholdInformation().indicatorName()));
        }
        exchange.getIn().setBody(recorded.describe(run));
    }

    private record Recorded(boolean isNew, Optional<ProbeEvent> alarm) {

        static final Recorded ALREADY = new Recorded(false, Optional.empty());

        String describe(Measurement run) {
            if (!isNew) {
                return "run " + run.runId() + " was recorded before";
            }
            return "run " + run.runId() + " recorded" + alarm.map(event -> ", " + event.type() + " " + event.subject()).orElse("");
        }
    }
}
