package org.opencities.testbench.probes;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the network probes ({@code testbench.probes.*}).
 *
 * @param messaging where the probes publish and what they consume
 * @param sla how the SLA evaluation judges a service's results
 */
@ConfigurationProperties("testbench.probes")
public record ProbesProperties(@DefaultValue Messaging messaging, @DefaultValue Sla sla) {

    /**
     * @param windowResults how many of a service's latest completed results one evaluation looks
     *     at; an alarm is neither raised nor cleared before the service has that many
     */
    public record Sla(@DefaultValue("5") int windowResults) {
    }

    /**
     * @param measurements multicast address the probes publish measurement events to
     * @param assignments anycast queue on which probe agents receive their measurement assignments;
     *     replicas compete for its messages
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
}
