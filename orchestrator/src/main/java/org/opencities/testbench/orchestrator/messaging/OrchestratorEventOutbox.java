package org.opencities.testbench.orchestrator.messaging;

import org.opencities.testbench.orchestrator.OrchestratorEvent;
import org.opencities.testbench.orchestrator.OrchestratorProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every orchestrator event, as the CloudEvent the broker will get, to the outbox in the
 * transaction that publishes it, and wakes the relay once that transaction has committed. An
 * event whose transaction rolls back leaves nothing behind.
 */
@Component
class OrchestratorEventOutbox {

    private final Outbox outbox;
    private final OrchestratorCloudEvents cloudEvents;
    private final OutboxRelay relay;

    OrchestratorEventOutbox(Outbox outbox, JsonMapper json, OrchestratorProperties properties, OutboxRelay relay) {
        this.outbox = outbox;
        this.cloudEvents = new OrchestratorCloudEvents(json, properties);
        this.relay = relay;
    }

    @EventListener
    void record(OrchestratorEvent event) {
        outbox.add(cloudEvents.of(event));
        AfterCommit.run(relay::wake);
    }
}
