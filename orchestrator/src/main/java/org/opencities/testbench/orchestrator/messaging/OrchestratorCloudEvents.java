package org.opencities.testbench.orchestrator.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.opencities.testbench.orchestrator.OrchestratorEvent;
import org.opencities.testbench.orchestrator.OrchestratorProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orchestrator events as the broker gets them: structured CloudEvents, alarms for the alarms
 * address and every other event for the service events address. The event's id travels as the
 * CloudEvent id; the data carries only the event's facts, and what consumers may select on travels
 * as JMS properties too.
 */
class OrchestratorCloudEvents {

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
        return new OutboxMessage(event.eventId(), event.type().startsWith("alarm.") ? alarms : serviceEvents, false, event.type(),
                StructuredCloudEvents.json(event.eventId(), event.type(), event.subject(), json.writeValueAsBytes(event)),
                event.selectable());
    }
}
