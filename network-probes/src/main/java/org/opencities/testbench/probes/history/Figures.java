package org.opencities.testbench.probes.history;

/**
 * What one run measured; each figure is {@code null} when the tool does not measure it (a
 * throughput run has no RTT, a STAMP run no throughput).
 */
public record Figures(Double rttMinMs, Double rttMeanMs, Double rttMedianMs, Double rttP95Ms, Double rttMaxMs,
        Double jitterMs, Double lossRatio, Double throughputBitsPerSecond, Integer sent, Integer received) {

    /** A failed run measured nothing. */
    public static final Figures NONE = new Figures(null, null, null, null, null, null, null, null, null, null);
}
