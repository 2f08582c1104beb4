package org.opencities.testbench.probes.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A probe agent registered with the test bench: software on a host in an access segment that runs
 * the measurements it is assigned and reports back.
 *
 * @param segment the access segment the agent measures, as the orchestrator's inventory names it
 * @param address where the agent answers, {@code host:port} (see {@link AgentAddress})
 * @param version the agent software's version, as the agent reports it
 * @param lastHeartbeat when the agent last said it is alive; {@code null} until its first heartbeat
 */
public record ProbeAgent(AgentId id, String segment, String address, String version, Instant registeredAt,
        Instant lastHeartbeat) {

    public static final int SEGMENT_MAX = 80;
    public static final int VERSION_MAX = 40;

    public ProbeAgent {
        Objects.requireNonNull(id, "agent id");
        requireText("segment", segment, SEGMENT_MAX);
        AgentAddress.parse(address);
        requireText("version", version, VERSION_MAX);
        Objects.requireNonNull(registeredAt, "registration time");
    }

    /** A newly registered agent that has not sent a heartbeat yet. */
    public static ProbeAgent registered(AgentId id, String segment, String address, String version, Instant at) {
        return new ProbeAgent(id, segment, address, version, at, null);
    }

    /** Whether the agent has been silent for longer than {@code after} at {@code now}, or never sent a heartbeat. */
    public boolean stale(Instant now, Duration after) {
        Instant lastHeard = lastHeartbeat == null ? registeredAt : lastHeartbeat;
        return lastHeartbeat == null || lastHeard.plus(after).isBefore(now);
    }

    private static void requireText(String name, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must be text of 1 to " + max + " characters: " + value);
        }
    }
}
