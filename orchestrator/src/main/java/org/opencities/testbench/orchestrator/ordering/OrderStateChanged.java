package org.opencities.testbench.orchestrator.ordering;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.opencities.testbench.orchestrator.OrchestratorEvent;

/**
 * {@code order.stateChanged}: an order's derived state changed. Its id derives from the order and
 * the transition, so a resent publication keeps the id consumers already know. The new state is
 * also the JMS property {@code state}, so that a consumer can take only, say, the orders that ended
 * ({@code state IN ('completed', 'failed', 'partial')}).
 */
public record OrderStateChanged(String orderId, String externalId, String state, String previousState)
        implements OrchestratorEvent {

    @Override
    public UUID eventId() {
        return UUID.nameUUIDFromBytes(("order.stateChanged:" + orderId + ":" + previousState + ":" + state)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String type() {
        return "order.stateChanged";
    }

    @Override
    public String subject() {
        return orderId;
    }

    @Override
    public Map<String, String> selectable() {
        return Map.of("state", state);
    }
}
