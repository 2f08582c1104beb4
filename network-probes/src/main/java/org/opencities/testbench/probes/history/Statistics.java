package org.opencities.testbench.probes.history;

/** Minimum, mean, maximum and 95th percentile (nearest rank) of one figure in a bucket; {@code null}s when no run measured it. */
public record Statistics(Double min, Double mean, Double max, Double p95) {
}
