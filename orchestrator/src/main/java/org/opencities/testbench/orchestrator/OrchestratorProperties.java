package org.opencities.testbench.orchestrator;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the orchestrator ({@code testbench.orchestrator.*}).
 *
 * @param demoData load the demo FTTH topology at start (single-node mode only)
 * @param messaging where the orchestrator publishes and what it consumes
 * @param admission admission factors a segment gets when its definition does not set them
 */
@ConfigurationProperties("testbench.orchestrator")
public record OrchestratorProperties(@DefaultValue("false") boolean demoData, @DefaultValue Messaging messaging,
        @DefaultValue Admission admission) {

    /**
     * @param headroom share of a segment's usable capacity kept free of guaranteed rates
     * @param overbooking how many times a segment's usable capacity the maximum rates may add up to
     */
    public record Admission(@DefaultValue("0.1") double headroom, @DefaultValue("2.0") double overbooking) {
    }

    /**
     * @param serviceEvents multicast address for service and order events
     * @param orders anycast queue of service order commands
     * @param inbound multicast addresses the orchestrator follows, each under its own durable
     *     shared subscription so that replicas compete for its messages (the alarms address for
     *     the probes' quality alarms, which mark services degraded)
     * @param alarms multicast address for TMF642-shaped alarms
     * @param provisioning anycast queue of provisioning commands, one per order item
     */
    public record Messaging(@DefaultValue("testbench.service.events") String serviceEvents,
            @DefaultValue("testbench.orders") String orders,
            @DefaultValue({"testbench.pilot.events", "testbench.probe.measurements", "testbench.alarms"}) List<String> inbound,
            @DefaultValue("testbench.alarms") String alarms,
            @DefaultValue("testbench.provisioning") String provisioning) {
    }
}
