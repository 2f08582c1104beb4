package org.opencities.testbench.orchestrator.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.opencities.testbench.orchestrator.OrchestratorEvent;
import org.opencities.testbench.orchestrator.OrchestratorProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orchestrator events as the broker gets them: structured CloudEvents, alarms for the alarms
 * address and every other event for the service events address. The event's id travels as the
 * CloudEvent id; the data carries only the event's facts.
 */
class OrchestratorCloudEvents {

    private static final URI SOURCE = URI.create("/testbench/orchestrator");
    private static final EventFormat CLOUD_EVENTS_JSON =
            EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private final JsonMapper json;
    private final String serviceEvents;
    private final String alarms;

    OrchestratorCloudEvents(JsonMapper json, OrchestratorProperties properties) {
        this.json = json.rebuild().addMixIn(OrchestratorEvent.class, WithoutEventId.class).build();
        this.serviceEvents = properties.messaging().serviceEvents();
        this.alarms = properties.messaging().alarms();
    }

    @JsonIgnoreProperties("eventId")
    private interface WithoutEventId {
    }

    OutboxMessage of(OrchestratorEvent event) {
        var cloudEvent = CloudEventBuilder.v1()
                .withId(event.eventId().toString())
                .withSource(SOURCE)
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(json.writeValueAsBytes(event))
                .build();
        return new OutboxMessage(event.eventId(), event.type().startsWith("alarm.") ? alarms : serviceEvents,
                event.type(), new String(CLOUD_EVENTS_JSON.serialize(cloudEvent), UTF_8));
    }
}
