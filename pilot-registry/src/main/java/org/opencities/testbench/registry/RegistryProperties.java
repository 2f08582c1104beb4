package org.opencities.testbench.registry;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the pilot registry ({@code testbench.registry.*}).
 *
 * @param demoData load the seed cities and living labs, and the demo SME with its app, at start (single-node mode only)
 * @param messaging where the registry publishes and what it consumes
 */
@ConfigurationProperties("testbench.registry")
public record RegistryProperties(@DefaultValue("false") boolean demoData, @DefaultValue Messaging messaging) {

    /**
     * @param pilotEvents multicast address the registry publishes pilot and enrolment events to
     * @param inbound multicast addresses the registry follows, each under its own durable shared
     *     subscription so that replicas compete for its messages
     */
    public record Messaging(@DefaultValue("testbench.pilot.events") String pilotEvents,
            @DefaultValue({"testbench.service.events", "testbench.feedback.events", "testbench.alarms"})
            List<String> inbound) {
    }
}
