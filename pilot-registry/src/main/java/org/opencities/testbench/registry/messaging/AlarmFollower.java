package org.opencities.testbench.registry.messaging;

import java.util.Set;

import org.apache.camel.Exchange;
import org.opencities.testbench.registry.pilot.IllegalTransition;
import org.opencities.testbench.registry.pilot.service.NetworkFollowing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows TMF642-shaped alarms raised and cleared on services: an alarm degrades the active pilot
 * the service belongs to, and clearing its last alarm makes it active again. Alarms on anything
 * but a known service are acknowledged and left to the operators.
 */
@Component
class AlarmFollower {

    static final Set<String> TYPES = Set.of("alarm.raised", "alarm.cleared");

    private static final Logger log = LoggerFactory.getLogger(AlarmFollower.class);

    private final NetworkFollowing following;
    private final JsonMapper json;

    AlarmFollower(NetworkFollowing following, JsonMapper json) {
        this.following = following;
        this.json = json;
    }

    void follow(Exchange exchange) {
        var message = exchange.getIn();
        String type = message.getHeader("ce_type", String.class);
        var alarm = json.readTree(message.getBody(byte[].class));
        String alarmId = alarm.path("id").asString(message.getHeader("ce_subject", "", String.class));
        String actor = message.getHeader("ce_source", "network", String.class).replaceFirst("^/testbench/", "");
        try {
            var pilot = "alarm.raised".equals(type)
                    ? following.alarmRaised(alarmId, serviceOf(alarm), problem(alarmId, alarm), actor)
                    : following.alarmCleared(alarmId, actor);
            if (pilot.isEmpty()) {
                log.debug("{} {} concerns no pilot's service; acknowledged", type, alarmId);
            }
        } catch (IllegalTransition e) {
            log.warn("Ignored {} {}: {}", type, alarmId, e.getMessage());
        }
    }

    private static String serviceOf(JsonNode alarm) {
        var alarmed = alarm.path("alarmedObject");
        return "Service".equals(alarmed.path("@referredType").asString("")) ? alarmed.path("id").asString("") : "";
    }

    private static String problem(String alarmId, JsonNode alarm) {
        String problem = alarm.path("specificProblem").asString(alarm.path("probableCause").asString(""));
        return "alarm " + alarmId + " " + alarm.path("alarmType").asString("") + (problem.isBlank() ? "" : ": " + problem);
    }
}
