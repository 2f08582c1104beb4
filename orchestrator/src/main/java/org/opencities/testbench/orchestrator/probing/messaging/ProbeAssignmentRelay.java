package org.opencities.testbench.orchestrator.probing.messaging;

import org.opencities.testbench.orchestrator.probing.ProbeAssignment;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Relays committed assignments from the outbox to the anycast assignments queue as structured
 * CloudEvents, with the JMS properties {@code ce_type} and {@code segmentId} that the agents'
 * selectors read. A publication that fails stays incomplete in the outbox and is sent again on
 * the next start, with the same event id.
 */
@Component
class ProbeAssignmentRelay {

    private static final URI SOURCE = URI.create("/testbench/orchestrator");
    private static final EventFormat CLOUD_EVENTS_JSON =
            EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private final ProducerTemplate producer;
    private final JsonMapper json;
    private final String endpoint;

    ProbeAssignmentRelay(ProducerTemplate producer, JsonMapper json, ProbingProperties settings) {
        this.producer = producer;
        // Optional fields (target, serviceId) are left out rather than sent as null.
        this.json = json.rebuild().addMixIn(ProbeAssignment.class, WithoutEventId.class)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
        this.endpoint = "jms:queue:" + settings.assignments();
    }

    @JsonIgnoreProperties("eventId")
    private interface WithoutEventId {
    }

    @TransactionalEventListener
    void relay(ProbeAssignment assignment) {
        var cloudEvent = CloudEventBuilder.v1()
                .withId(assignment.eventId().toString())
                .withSource(SOURCE)
                .withType(assignment.type())
                .withSubject(assignment.subject())
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(json.writeValueAsBytes(assignment))
                .build();
        producer.sendBodyAndHeaders(endpoint, new String(CLOUD_EVENTS_JSON.serialize(cloudEvent), UTF_8),
                Map.of("ce_type", assignment.type(), "segmentId", assignment.segmentId()));
    }
}
