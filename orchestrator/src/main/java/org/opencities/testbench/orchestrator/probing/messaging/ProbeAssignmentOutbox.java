package org.opencities.testbench.orchestrator.probing.messaging;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.opencities.testbench.orchestrator.messaging.OutboxMessage;
import org.opencities.testbench.orchestrator.messaging.OutboxWriter;
import org.opencities.testbench.orchestrator.messaging.StructuredCloudEvents;
import org.opencities.testbench.orchestrator.probing.ProbeAssignment;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every assignment to the outbox in the transaction that publishes it, as the structured
 * CloudEvent the agents get on the anycast assignments queue, with the JMS properties
 * {@code ce_type} and {@code segmentId} that their selectors read. The outbox's relay sends it
 * once the transaction has committed, with the same event id however often.
 */
@Component
class ProbeAssignmentOutbox {

    private final OutboxWriter outbox;
    private final JsonMapper json;
    private final String queue;

    ProbeAssignmentOutbox(OutboxWriter outbox, JsonMapper json, ProbingProperties settings) {
        this.outbox = outbox;
        // Optional fields (target, serviceId) are left out rather than sent as null.
        this.json = json.rebuild().addMixIn(ProbeAssignment.class, WithoutEventId.class)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
        this.queue = settings.assignments();
    }

    @JsonIgnoreProperties("eventId")
    private interface WithoutEventId {
    }

    @EventListener
    void record(ProbeAssignment assignment) {
        outbox.write(message(assignment));
    }

    OutboxMessage message(ProbeAssignment assignment) {
        var body = StructuredCloudEvents.json(assignment.eventId(), assignment.type(), assignment.subject(),
                json.writeValueAsBytes(assignment));
        return new OutboxMessage(assignment.eventId(), queue, true, assignment.type(), body,
                Map.of("segmentId", assignment.segmentId()));
    }
}
