package org.opencities.testbench.probes.agent.web;

import java.time.Duration;
import java.time.Instant;

import org.opencities.testbench.probes.agent.ProbeAgent;

/**
 * A probe agent as the REST API shows it; {@code lastHeartbeat} is null until the first heartbeat,
 * {@code stale} says that no heartbeat arrived within {@code testbench.probes.agents.stale-after}.
 */
record AgentResponse(String id, String segment, String address, String version, Instant registeredAt,
        Instant lastHeartbeat, boolean stale) {

    static AgentResponse of(ProbeAgent agent, Instant now, Duration staleAfter) {
        return new AgentResponse(agent.id().value(), agent.segment(), agent.address(), agent.version(),
                agent.registeredAt(), agent.lastHeartbeat(), agent.stale(now, staleAfter));
    }
}
