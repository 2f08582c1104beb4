package org.opencities.testbench.feedback.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A pilot's feedback report for one filter: how many responses it covers and, each with its own
 * {@code n}, the SUS mean against the benchmark of 68, UEQ-S pragmatic, hedonic and overall quality,
 * the NPS with its groups, the MOS, and the distribution of answers per item. When the filter leaves
 * fewer responses than the minimum, {@code responses} is {@code null}, {@code tooFewAnswers} true, and
 * every aggregate is withheld.
 */
public record PilotReport(String pilotId, Map<String, String> filter, int minimumAnswers, Integer responses,
        boolean tooFewAnswers, Measure sus, double susBenchmark, UeqS ueqS, NpsGroups nps, Measure mos,
        List<ItemDistribution> items, Instant generatedAt) {

    /** The commonly cited average SUS score. */
    public static final double SUS_BENCHMARK = 68.0;

    /** UEQ-S scales, each from −3 to +3. */
    public record UeqS(Measure pragmatic, Measure hedonic, Measure overall) {
    }
}
