package org.opencities.testbench.registry.messaging;

import java.util.Map;

import org.apache.camel.Exchange;
import org.opencities.testbench.registry.pilot.IllegalTransition;
import org.opencities.testbench.registry.pilot.NetworkServiceState;
import org.opencities.testbench.registry.pilot.PilotId;
import org.opencities.testbench.registry.pilot.PilotNotFound;
import org.opencities.testbench.registry.pilot.service.NetworkFollowing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows the orchestrator's service events: each one records the state of one of a pilot's
 * services, and the pilot moves as far as its services call for. An event about an unknown pilot,
 * or one the pilot can no longer follow, is logged and acknowledged: sending it again would not
 * make it apply.
 */
@Component
class ServiceEventFollower {

    static final Map<String, NetworkServiceState> STATES = Map.of(
            "service.reserved", NetworkServiceState.RESERVED,
            "service.activated", NetworkServiceState.ACTIVE,
            "service.failed", NetworkServiceState.FAILED,
            "service.terminated", NetworkServiceState.TERMINATED);

    private static final Logger log = LoggerFactory.getLogger(ServiceEventFollower.class);

    private final NetworkFollowing following;
    private final JsonMapper json;

    ServiceEventFollower(NetworkFollowing following, JsonMapper json) {
        this.following = following;
        this.json = json;
    }

    void follow(Exchange exchange) {
        var message = exchange.getIn();
        String type = message.getHeader("ce_type", String.class);
        var data = json.readTree(message.getBody(byte[].class));
        String pilotId = data.path("pilotId").asString("");
        String service = data.path("serviceId").asString(message.getHeader("ce_subject", "", String.class));
        String report = type + " " + service + errorMessage(data.path("errorMessage").asString(""));
        try {
            following.serviceChanged(new PilotId(pilotId), service, data.path("segmentId").asString(""),
                    STATES.get(type), "orchestrator", report);
        } catch (PilotNotFound | IllegalTransition | IllegalArgumentException e) {
            log.warn("Ignored {} {} for pilot '{}': {}", type, message.getHeader("ce_id"), pilotId, e.getMessage());
        }
    }

    private static String errorMessage(String text) {
        return text.isBlank() ? "" : ": " + text;
    }
}
