package org.opencities.testbench.registry.app;

import java.util.Objects;

/**
 * What the network must give an app for it to work as promised: rates per direction and bounds on
 * delay, delay variation and loss. The pilot's service order is derived from it.
 *
 * @param maxLossRatio the share of packets it may lose, from 0 to 1
 */
public record NetworkRequirements(Bandwidth downstream, Bandwidth upstream, int maxLatencyMs, int maxJitterMs,
        double maxLossRatio) {

    public NetworkRequirements {
        Objects.requireNonNull(downstream, "downstream");
        Objects.requireNonNull(upstream, "upstream");
        if (downstream.direction() != Bandwidth.Direction.DOWNSTREAM || upstream.direction() != Bandwidth.Direction.UPSTREAM) {
            throw new IllegalArgumentException("downstream and upstream rates are swapped");
        }
        if (maxLatencyMs <= 0) {
            throw new ImpossibleNetworkProfile("maxLatencyMs", "the latency bound must be above 0 ms, it is " + maxLatencyMs);
        }
        if (maxJitterMs < 0) {
            throw new ImpossibleNetworkProfile("maxJitterMs", "the jitter bound must be 0 ms or more, it is " + maxJitterMs);
        }
        if (!(maxLossRatio >= 0 && maxLossRatio <= 1)) {
            throw new ImpossibleNetworkProfile("maxLossRatio", "the loss ratio must be between 0 and 1, it is " + maxLossRatio
                    + "; 0.001 means one packet in a thousand");
        }
    }
}
