package org.opencities.testbench.feedback.instrument;

import java.util.List;

/**
 * Mean Opinion Score of a set of ratings on the 1..5 scale of ITU-T P.800, reported, as the
 * recommendation asks, with the number of ratings and a 95% confidence interval of the mean
 * ({@code mean ± t * s / sqrt(n)}, {@code s} the sample standard deviation, {@code t} from
 * Student's t-distribution with {@code n - 1} degrees of freedom).
 */
public record MosScore(double mean, Interval confidence95, int ratings) implements Score {

    /** A closed interval around the mean. */
    public record Interval(double lower, double upper) {
    }

    static MosScore of(List<Integer> ratings) {
        int n = ratings.size();
        double mean = ratings.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double squares = ratings.stream().mapToDouble(rating -> (rating - mean) * (rating - mean)).sum();
        double standardError = Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
        double halfWidth = StudentT.twoSided95(n - 1) * standardError;
        return new MosScore(mean, new Interval(mean - halfWidth, mean + halfWidth), n);
    }
}
