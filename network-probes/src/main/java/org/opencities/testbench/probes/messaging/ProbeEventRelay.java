package org.opencities.testbench.probes.messaging;

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
import org.opencities.testbench.probes.ProbeEvent;
import org.opencities.testbench.probes.ProbesProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Relays committed probe events from the outbox (Spring Modulith's event publication registry)
 * to the broker as structured CloudEvents. A publication that fails here stays incomplete in the
 * outbox and is sent again on the next start, with the same event id. Alarms go to the alarms
 * address, every other event to the measurements address.
 */
@Component
class ProbeEventRelay {

    private static final URI SOURCE = URI.create("/testbench/probes");
    private static final EventFormat CLOUD_EVENTS_JSON =
            EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private final ProducerTemplate producer;
    private final JsonMapper json;
    private final String measurements;
    private final String alarms;

    ProbeEventRelay(ProducerTemplate producer, JsonMapper json, ProbesProperties properties) {
        this.producer = producer;
        // The event's id travels as the CloudEvent id; the data carries only the event's facts.
        this.json = json.rebuild().addMixIn(ProbeEvent.class, WithoutEventId.class).build();
        this.measurements = "jms:topic:" + properties.messaging().measurements();
        this.alarms = "jms:topic:" + properties.messaging().alarms();
    }

    @JsonIgnoreProperties("eventId")
    private interface WithoutEventId {
    }

    @TransactionalEventListener
    void relay(ProbeEvent event) {
        var cloudEvent = CloudEventBuilder.v1()
                .withId(event.eventId().toString())
                .withSource(SOURCE)
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(json.writeValueAsBytes(event))
                .build();
        String endpoint = event.type().startsWith("alarm.") ? alarms : measurements;
        producer.sendBodyAndHeader(endpoint, new String(CLOUD_EVENTS_JSON.serialize(cloudEvent), UTF_8),
                "ce_type", event.type());
    }
}
