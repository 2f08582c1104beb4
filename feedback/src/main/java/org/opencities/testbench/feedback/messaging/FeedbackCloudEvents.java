package org.opencities.testbench.feedback.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.opencities.testbench.feedback.FeedbackEvent;
import tools.jackson.databind.json.JsonMapper;

/** The message a feedback event becomes on the broker: a structured CloudEvent (JSON) with the feedback module as its source. */
final class FeedbackCloudEvents {

    private static final URI SOURCE = URI.create("/testbench/feedback");
    private static final EventFormat CLOUD_EVENTS_JSON =
            EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private final JsonMapper json;

    FeedbackCloudEvents(JsonMapper json) {
        // The event's id travels as the CloudEvent id; the data carries only the event's facts.
        this.json = json.rebuild().addMixIn(FeedbackEvent.class, WithoutEventId.class).build();
    }

    @JsonIgnoreProperties("eventId")
    private interface WithoutEventId {
    }

    String of(FeedbackEvent event) {
        var cloudEvent = CloudEventBuilder.v1()
                .withId(event.eventId().toString())
                .withSource(SOURCE)
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(json.writeValueAsBytes(event))
                .build();
        return new String(CLOUD_EVENTS_JSON.serialize(cloudEvent), UTF_8);
    }
}
