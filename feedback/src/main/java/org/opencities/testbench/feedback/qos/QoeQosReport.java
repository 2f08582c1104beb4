package org.opencities.testbench.feedback.qos;

import java.time.Duration;
import java.util.List;

/**
 * Scores against network figures for one pilot.
 *
 * @param responses the pilot's responses that carry a segment
 * @param joined how many of them had at least one measurement of their segment within the window
 */
public record QoeQosReport(String pilotId, Duration window, int minimumAnswers, int responses, int joined,
        List<Correlation> correlations) {

    /**
     * One score against one figure: Spearman's ρ over the n answers that have both, and the score per
     * band of the figure. Below the minimum number of answers ρ is {@code null} and {@code tooFewAnswers} set.
     */
    public record Correlation(String score, String figure, int n, Double rho, boolean tooFewAnswers,
            List<BandScore> bands) {
    }

    /**
     * @param statistic {@code mean}, or {@code nps} (% promoters - % detractors) for the NPS
     * @param value {@code null} with {@code tooFewAnswers} below the minimum
     */
    public record BandScore(double from, Double upTo, int n, String statistic, Double value, boolean tooFewAnswers) {
    }
}
