package org.opencities.testbench.probes.agent;

/** Thrown when an agent id names no registered probe agent. */
public class AgentNotFound extends RuntimeException {

    public AgentNotFound(AgentId id) {
        super("No probe agent with id '" + id + "'; register it with PUT /api/v1/probes/agents/" + id
                + " or list the agents at /api/v1/probes/agents");
    }
}
