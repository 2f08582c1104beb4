package org.opencities.testbench.orchestrator.probing.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How active services are measured ({@code testbench.orchestrator.probing.*}).
 *
 * @param enabled send measurement assignments for services that become active
 * @param assignments the anycast queue the probe agents take their assignments from
 * @param repeat how often each active service is measured
 * @param slip how late a measurement may start (so that conflicting tests shift rather than overlap)
 * @param stamp the STAMP session of each measurement
 */
@ConfigurationProperties("testbench.orchestrator.probing")
public record ProbingProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue("testbench.probe.assignments") String assignments, @DefaultValue("5m") Duration repeat,
        @DefaultValue("1m") Duration slip, @DefaultValue Stamp stamp) {

    /**
     * @param count test packets per session
     * @param intervalMs milliseconds between packets
     * @param paddingBytes zero octets added to each 44-octet packet
     * @param dscp the DiffServ code point of the packets
     */
    public record Stamp(@DefaultValue("100") int count, @DefaultValue("20") int intervalMs,
            @DefaultValue("0") int paddingBytes, @DefaultValue("0") int dscp) {
    }
}
