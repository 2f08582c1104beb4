package org.opencities.testbench.probes.sla;

/**
 * A pilot's acceptance criteria as {@code pilot.accepted} states them; a {@code null} limit is not
 * checked.
 */
public record AcceptanceCriteria(Double maxLatencyMs, Double maxJitterMs, Double maxLossRatio) {

    public AcceptanceCriteria {
        requireNonNegative(maxLatencyMs, "maxLatencyMs");
        requireNonNegative(maxJitterMs, "maxJitterMs");
        requireNonNegative(maxLossRatio, "maxLossRatio");
        if (maxLossRatio != null && maxLossRatio > 1) {
            throw new IllegalArgumentException("maxLossRatio is a ratio between 0 and 1, not " + maxLossRatio);
        }
    }

    private static void requireNonNegative(Double limit, String name) {
        if (limit != null && (limit.isNaN() || limit < 0)) {
            throw new IllegalArgumentException(name + " must be 0 or more, not " + limit);
        }
    }
}
