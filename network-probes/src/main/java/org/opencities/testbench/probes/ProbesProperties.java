package org.opencities.testbench.probes;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the network probes ({@code testbench.probes.*}).
 *
 * @param messaging where the probes publish and what they consume
 * @param agents how the registry judges the agents that registered
 * @param agent the probe agent this process runs, if any
 * @param reflector the STAMP reflector this process runs, if any
 * @param sla how the SLA evaluation judges a service's results
 * @param history how long the measurement history keeps raw runs
 */
@ConfigurationProperties("testbench.probes")
public record ProbesProperties(@DefaultValue Messaging messaging, @DefaultValue Agents agents, @DefaultValue Agent agent,
        @DefaultValue Reflector reflector, @DefaultValue Sla sla, @DefaultValue History history) {

    public ProbesProperties {
        if (history.retention().compareTo(sla.window()) <= 0) {
            throw new IllegalArgumentException("testbench.probes.history.retention (" + history.retention()
                    + ") must be longer than testbench.probes.sla.window (" + sla.window()
                    + "), or the SLA evaluation would lose the runs of its window");
        }
    }

    /**
     * @param retention raw runs that started longer ago than this are deleted
     * @param pruneEvery how often the pruning job sweeps
     * @param pruneBatch the most runs one statement (and transaction) deletes
     * @param pruneBatches the most batches one sweep deletes
     * @param pruneTime how long one sweep may keep starting batches
     */
    public record History(@DefaultValue("P90D") Duration retention, @DefaultValue("PT1H") Duration pruneEvery,
            @DefaultValue("1000") int pruneBatch, @DefaultValue("100") int pruneBatches,
            @DefaultValue("PT10S") Duration pruneTime) {
    }

    /**
     * @param window the time span one evaluation looks at: the service's completed results that ended
     *     within it, up to the end of its latest one; reported as the alarm's {@code granularity}
     * @param windowResults the fewest results the window must hold before an alarm is raised or cleared
     */
    public record Sla(@DefaultValue("PT15M") Duration window, @DefaultValue("5") int windowResults) {
    }

    /**
     * @param measurements multicast address the probes publish measurement events to
     * @param assignments anycast queue on which probe agents receive their measurement assignments;
     *     each agent takes only the messages its selector matches
     * @param inbound multicast addresses the probes follow, each under its own durable shared
     *     subscription so that replicas compete for its messages: service lifecycle and pilots'
     *     acceptance criteria for the SLA evaluation, measurements for the history
     * @param alarms multicast address for the TMF642-shaped quality alarms of the SLA evaluation
     */
    public record Messaging(@DefaultValue("testbench.probe.measurements") String measurements,
            @DefaultValue("testbench.probe.assignments") String assignments,
            @DefaultValue({"testbench.service.events", "testbench.pilot.events", "testbench.probe.measurements"})
            List<String> inbound,
            @DefaultValue("testbench.alarms") String alarms) {
    }

    /** @param staleAfter an agent not heard from for this long is shown as stale */
    public record Agents(@DefaultValue("90s") Duration staleAfter) {
    }

    /**
     * @param enabled run a probe agent in this process
     * @param id the agent's id (a lower-case slug)
     * @param segments the segments it measures; {@code *} for every segment
     * @param address where it answers (its reflector), {@code host:port}
     * @param version its software version, as registered
     * @param heartbeatInterval how often it tells the registry it is alive
     * @param tick how often its scheduler decides (starts, slips, misses, overdue runs)
     * @param grace how long a run may outlast its bound before it is overdue
     * @param maxConcurrentRuns measurements it runs at once at most
     * @param targets per segment, where the segment's STAMP reflector answers as this agent reaches it
     * @param defaultTarget the reflector of every other segment; empty to use the assignment's target,
     *     or this process's own reflector when one runs
     * @param throughputPort the port of the iperf3 server on a segment's probe host
     * @param activationSlip how late an activation test may start
     */
    public record Agent(@DefaultValue("false") boolean enabled, @DefaultValue("local-agent") String id,
            @DefaultValue("*") List<String> segments, @DefaultValue("127.0.0.1:8620") String address,
            @DefaultValue("0.1.0") String version, @DefaultValue("30s") Duration heartbeatInterval,
            @DefaultValue("250ms") Duration tick, @DefaultValue("5s") Duration grace,
            @DefaultValue("4") int maxConcurrentRuns, @DefaultValue Map<String, String> targets, String defaultTarget,
            @DefaultValue("5201") int throughputPort, @DefaultValue("30s") Duration activationSlip) {

        /** Whether the agent measures this segment. */
        public boolean serves(String segmentId) {
            return segments.contains("*") || segments.contains(segmentId);
        }
    }

    /**
     * @param enabled run a STAMP reflector in this process
     * @param bind the address it listens on
     * @param port its UDP port; 0 picks a free one
     */
    public record Reflector(@DefaultValue("false") boolean enabled, @DefaultValue("127.0.0.1") String bind,
            @DefaultValue("8620") int port) {
    }
}
