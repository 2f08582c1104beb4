package org.opencities.testbench.registry.pilot;

/**
 * What the pilot's app needs from the network in every city it runs in; the orchestrator
 * provisions it and the probes check it.
 *
 * @param maxLossRatio packet loss as a ratio, e.g. {@code 0.001}
 */
public record RequiredNetwork(Bandwidth downstream, Bandwidth upstream, int maxLatencyMs, int maxJitterMs,
        double maxLossRatio) {

    /** A guaranteed rate and the maximum rate the service may burst to, in kbit/s. */
    public record Bandwidth(long guaranteedKbps, long maximumKbps) {
    }
}
