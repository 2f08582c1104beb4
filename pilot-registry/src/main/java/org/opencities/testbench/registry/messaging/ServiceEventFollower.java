package org.opencities.testbench.registry.messaging;

import java.util.Map;
import java.util.OptionalLong;

import org.apache.camel.Exchange;
import org.opencities.testbench.registry.pilot.IllegalTransition;
import org.opencities.testbench.registry.pilot.PilotId;
import org.opencities.testbench.registry.pilot.PilotNotFound;
import org.opencities.testbench.registry.pilot.PilotState;
import org.opencities.testbench.registry.pilot.service.PilotLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows the orchestrator's service events: a reserved, activated or failed service moves the
 * pilot it serves. An event about an unknown pilot, or one that arrives after the pilot has moved
 * on, is logged and acknowledged: sending it again would not make it apply.
 */
@Component
class ServiceEventFollower {

    static final Map<String, PilotState> TARGETS = Map.of(
            "service.reserved", PilotState.PROVISIONING,
            "service.activated", PilotState.ACTIVE,
            "service.failed", PilotState.FAILED);

    private static final Logger log = LoggerFactory.getLogger(ServiceEventFollower.class);

    private final PilotLifecycle lifecycle;
    private final JsonMapper json;

    ServiceEventFollower(PilotLifecycle lifecycle, JsonMapper json) {
        this.lifecycle = lifecycle;
        this.json = json;
    }

    void follow(Exchange exchange) {
        var message = exchange.getIn();
        String type = message.getHeader("ce_type", String.class);
        var data = json.readTree(message.getBody(byte[].class));
        String pilotId = data.path("pilotId").asString("");
        String service = data.path("serviceId").asString(message.getHeader("ce_subject", "", String.class));
        String reason = type + " " + service + errorMessage(data.path("errorMessage").asString(""));
        try {
            lifecycle.move(new PilotId(pilotId), OptionalLong.empty(), TARGETS.get(type), "orchestrator", reason);
        } catch (PilotNotFound | IllegalTransition | IllegalArgumentException e) {
            log.warn("Ignored {} {} for pilot '{}': {}", type, message.getHeader("ce_id"), pilotId, e.getMessage());
        }
    }

    private static String errorMessage(String text) {
        return text.isBlank() ? "" : ": " + text;
    }
}
