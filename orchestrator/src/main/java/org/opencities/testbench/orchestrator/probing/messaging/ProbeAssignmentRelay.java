package org.opencities.testbench.orchestrator.probing.messaging;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.camel.ProducerTemplate;
import org.opencities.testbench.orchestrator.messaging.StructuredCloudEvents;
import org.opencities.testbench.orchestrator.probing.ProbeAssignment;
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
        var body = StructuredCloudEvents.json(assignment.eventId(), assignment.type(), assignment.subject(),
                json.writeValueAsBytes(assignment));
        producer.sendBodyAndHeaders(endpoint, body, Map.of("ce_type", assignment.type(), "segmentId", assignment.segmentId()));
    }
}
