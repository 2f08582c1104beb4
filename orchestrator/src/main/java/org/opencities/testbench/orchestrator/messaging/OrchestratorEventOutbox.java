package org.opencities.testbench.orchestrator.messaging;

import org.opencities.testbench.orchestrator.OrchestratorEvent;
import org.opencities.testbench.orchestrator.OrchestratorProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes every orchestrator event, as the CloudEvent the broker will get, to the outbox in the transaction that publishes it. */
@Component
class OrchestratorEventOutbox {

    private final OutboxWriter outbox;
    private final OrchestratorCloudEvents cloudEvents;

    OrchestratorEventOutbox(OutboxWriter outbox, JsonMapper json, OrchestratorProperties properties) {
        this.outbox = outbox;
        this.cloudEvents = new OrchestratorCloudEvents(json, properties);
    }

    @EventListener
    void record(OrchestratorEvent event) {
        outbox.write(cloudEvents.of(event));
    }
}
