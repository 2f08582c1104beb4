package org.opencities.testbench.probes.agent.web;

import java.time.Instant;

import org.opencities.testbench.probes.agent.ProbeAgent;

/** A probe agent as the REST API shows it; {@code lastHeartbeat} is null until the first heartbeat. */
record AgentResponse(String id, String segment, String address, String version, Instant registeredAt,
        Instant lastHeartbeat) {

    static AgentResponse of(ProbeAgent agent) {
        return new AgentResponse(agent.id().value(), agent.segment(), agent.address(), agent.version(),
                agent.registeredAt(), agent.lastHeartbeat());
    }
}
