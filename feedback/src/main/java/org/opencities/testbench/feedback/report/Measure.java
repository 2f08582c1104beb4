package org.opencities.testbench.feedback.report;

import org.opencities.testbench.feedback.instrument.StudentT;

/**
 * A mean score with its 95% confidence interval ({@code mean ± t(0.975, n - 1) · s / √n}) and the
 * number of responses it rests on. Below the minimum number of answers nothing but that fact is
 * shown: {@code n}, {@code mean} and the interval are {@code null} and {@code tooFewAnswers} is true.
 *
 * @param lower lower end of the 95% interval, {@code null} with a single answer
 * @param upper upper end of the 95% interval, {@code null} with a single answer
 */
public record Measure(Integer n, Double mean, Double lower, Double upper, boolean tooFewAnswers) {

    public static final Measure TOO_FEW = new Measure(null, null, null, null, true);

    public static Measure of(ScoreStatistics statistics, int minimumAnswers) {
        if (statistics == null || statistics.n() < minimumAnswers) {
            return TOO_FEW;
        }
        int n = statistics.n();
        if (n < 2 || statistics.variance() == null) {
            return new Measure(n, statistics.mean(), null, null, false);
        }
        double halfWidth = StudentT.twoSided95(n - 1) * Math.sqrt(statistics.variance() / n);
        return new Measure(n, statistics.mean(), statistics.mean() - halfWidth, statistics.mean() + halfWidth, false);
    }
}
