package org.opencities.testbench.probes.agent.runtime;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.opencities.testbench.probes.ProbesProperties;
import org.opencities.testbench.probes.agent.AgentId;
import org.opencities.testbench.probes.agent.ProbeAgent;
import org.opencities.testbench.probes.agent.ProbeAgents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The agent's life in the registry: it registers with its id, segments, address and version when
 * the process starts, then sends a heartbeat every {@code heartbeat-interval}; an agent that stops
 * is shown as stale once its heartbeats are older than {@code testbench.probes.agents.stale-after}.
 */
@Component
@ConditionalOnBooleanProperty("testbench.probes.agent.enabled")
class LocalAgent implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LocalAgent.class);

    private final ProbesProperties.Agent settings;
    private final ProbeAgents agents;
    private final ObjectProvider<LocalReflector> reflector;
    private final Clock clock = Clock.systemUTC();
    private ScheduledExecutorService heartbeats;

    LocalAgent(ProbesProperties properties, ProbeAgents agents, ObjectProvider<LocalReflector> reflector) {
        this.settings = properties.agent();
        this.agents = agents;
        this.reflector = reflector;
    }

    /** Where the agent answers: its own reflector when one runs here (its port may be chosen at start), else as configured. */
    private String address() {
        var local = reflector.getIfAvailable();
        return local != null && local.isRunning() ? local.endpoint().toString() : settings.address();
    }

    @Override
    public synchronized void start() {
        var id = new AgentId(settings.id());
        agents.register(ProbeAgent.registered(id, String.join(",", settings.segments()), address(),
                settings.version(), clock.instant()));
        heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "probe-agent-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeats.scheduleAtFixedRate(() -> beat(id), 0, settings.heartbeatInterval().toMillis(), TimeUnit.MILLISECONDS);
        log.info("Probe agent {} registered for segments {}", id, settings.segments());
    }

    private void beat(AgentId id) {
        try {
            agents.heartbeat(id, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Probe agent {} could not send its heartbeat; trying again in {}", id, settings.heartbeatInterval(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (heartbeats != null) {
            heartbeats.shutdown();
            heartbeats = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return heartbeats != null;
    }
}
