package org.opencities.testbench.orchestrator.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;

/** The body of every message the orchestrator sends: a structured CloudEvent (JSON) with the orchestrator as its source. */
public final class StructuredCloudEvents {

    private static final URI SOURCE = URI.create("/testbench/orchestrator");
    private static final EventFormat CLOUD_EVENTS_JSON =
            EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private StructuredCloudEvents() {
    }

    /**
     * @param id the CloudEvent id, the same however often the message is sent
     * @param data the event's facts as JSON
     */
    public static String json(UUID id, String type, String subject, byte[] data) {
        var cloudEvent = CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(SOURCE)
                .withType(type)
                .withSubject(subject)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(data)
                .build();
        return new String(CLOUD_EVENTS_JSON.serialize(cloudEvent), UTF_8);
    }
}
