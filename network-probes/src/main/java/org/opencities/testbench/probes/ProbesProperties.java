package org.opencities.testbench.probes;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the network probes ({@code testbench.probes.*}).
 *
 * @param messaging where the probes publish and what they consume
 */
@ConfigurationProperties("testbench.probes")
public record ProbesProperties(@DefaultValue Messaging messaging) {

    /**
     * @param measurements multicast address the probes publish measurement events to
     * @param assignments anycast queue on which probe agents receive their measurement assignments;
     *     replicas compete for its messages
     * @param inbound multicast addresses the probes follow, each under its own durable shared
     *     subscription so that replicas compete for its messages
     */
    public record Messaging(@DefaultValue("testbench.probe.measurements") String measurements,
            @DefaultValue("testbench.probe.assignments") String assignments,
            @DefaultValue({"testbench.service.events"}) List<String> inbound) {
    }
}
