package org.opencities.testbench.probes.agent.runtime;

import java.util.Optional;

import org.opencities.testbench.probes.ProbesProperties;
import org.opencities.testbench.probes.spec.Endpoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Where this agent reaches a segment's probe host. The agent's own view wins, since it may reach the
 * host by another address than the inventory names (in the single-node mode everything is on
 * loopback): the configured target of the segment, the default target, this process's reflector,
 * then the target the assignment names.
 */
@Component
@ConditionalOnBooleanProperty("testbench.probes.agent.enabled")
class AgentTargets {

    private final ProbesProperties.Agent settings;
    private final ObjectProvider<LocalReflector> reflector;

    AgentTargets(ProbesProperties properties, ObjectProvider<LocalReflector> reflector) {
        this.settings = properties.agent();
        this.reflector = reflector;
    }

    /** The STAMP reflector of the segment, if this agent knows one. */
    Optional<Endpoint> stamp(String segmentId, String assignedTarget) {
        String configured = settings.targets().get(segmentId);
        if (configured != null) {
            return Optional.of(Endpoint.parse(configured));
        }
        if (settings.defaultTarget() != null && !settings.defaultTarget().isBlank()) {
            return Optional.of(Endpoint.parse(settings.defaultTarget()));
        }
        var local = reflector.getIfAvailable();
        if (local != null && local.isRunning()) {
            return Optional.of(local.endpoint());
        }
        return Optional.ofNullable(assignedTarget).filter(target -> !target.isBlank()).map(Endpoint::parse);
    }

    /** The iperf3 server of the segment: its probe host on the throughput port. */
    Optional<Endpoint> throughput(String segmentId, String assignedTarget) {
        return stamp(segmentId, assignedTarget).map(host -> new Endpoint(host.host(), settings.throughputPort()));
    }
}
