package org.opencities.testbench.probes.agent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** All probe agents that have registered. */
public interface ProbeAgents {

    /**
     * Stores a new agent, or gives an agent already registered under its id the new segment,
     * address and version while keeping its registration time and last heartbeat; says whether the
     * agent was new.
     */
    boolean register(ProbeAgent agent);

    /** Records that the agent was alive at {@code at}; says whether an agent with that id is registered. */
    boolean heartbeat(AgentId id, Instant at);

    /** Agents ordered by id, {@code limit} of them from {@code offset}. */
    List<ProbeAgent> page(int offset, int limit);

    long count();

    Optional<ProbeAgent> find(AgentId id);
}
