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
import org.apache.camel.ProducerTemplate;
import org.opencities.testbench.feedback.FeedbackEvent;
import org.opencities.testbench.feedback.FeedbackProperties;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Relays committed feedback events from the outbox (Spring Modulith's event publication
 * registry) to the broker as structured CloudEvents, on the relay's own threads
 * ({@link FeedbackEventRelaying}) after the publishing transaction has committed. A publication
 * that fails here stays incomplete in the outbox and is sent again on the next start, with the
 * same event id.
 */
@Component
class FeedbackEventRelay {

    private static final URI SOURCE = URI.create("/testbench/feedback");
    private static final EventFormat CLOUD_EVENTS_JSON =
            EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private final ProducerTemplate producer;
    private final JsonMapper json;
    private final String endpoint;

    FeedbackEventRelay(ProducerTemplate producer, JsonMapper json, FeedbackProperties properties) {
        this.producer = producer;
        // The event's id travels as the CloudEvent id; the data carries only the event's facts.
        this.json = json.rebuild().addMixIn(FeedbackEvent.class, WithoutEventId.class).build();
        this.endpoint = "jms:topic:" + properties.messaging().feedbackEvents();
    }

    @JsonIgnoreProperties("eventId")
    private interface WithoutEventId {
    }

    @Async(FeedbackEventRelaying.EXECUTOR)
    @TransactionalEventListener
    void relay(FeedbackEvent event) {
        var cloudEvent = CloudEventBuilder.v1()
                .withId(event.eventId().toString())
                .withSource(SOURCE)
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(json.writeValueAsBytes(event))
                .build();
        producer.sendBodyAndHeader(endpoint, new String(CLOUD_EVENTS_JSON.serialize(cloudEvent), UTF_8),
                "ce_type", event.type());
    }
}
