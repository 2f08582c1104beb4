package org.opencities.testbench.orchestrator;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the orchestrator ({@code testbench.orchestrator.*}).
 *
 * @param demoData load the demo FTTH topology at start (single-node mode only)
 * @param messaging where the orchestrator publishes and what it consumes
 */
@ConfigurationProperties("testbench.orchestrator")
public record OrchestratorProperties(@DefaultValue("false") boolean demoData, @DefaultValue Messaging messaging) {

    /**
     * @param serviceEvents multicast address for service and order events
     * @param orders anycast queue of service order commands
     * @param inbound multicast addresses the orchestrator follows, each under its own durable
     *     shared subscription so that replicas compete for its messages
     * @param alarms multicast address for TMF642-shaped alarms
     * @param provisioning anycast queue of provisioning commands, one per order item
     */
    public record Messaging(@DefaultValue("testbench.service.events") String serviceEvents,
            @DefaultValue("testbench.orders") String orders,
            @DefaultValue({"testbench.pilot.events", "testbench.probe.measurements"}) List<String> inbound,
            @DefaultValue("testbench.alarms") String alarms,
            @DefaultValue("testbench.provisioning") String provisioning) {
    }
}
