package org.opencities.testbench.feedback.qos;

import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * Spearman's rank correlation: the Pearson correlation of the ranks, tied values sharing the mean
 * of the ranks they span. With no ties this equals 1 - 6 sum(d^2) / (n (n^2 - 1)).
 */
public final class Spearman {

    private Spearman() {
    }

    /** ρ of paired values; empty when there are fewer than two pairs or one side is constant. */
    public static OptionalDouble rho(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("pairs needed: " + x.length + " x values, " + y.length + " y values");
        }
        if (x.length < 2) {
            return OptionalDouble.empty();
        }
        return pearson(ranks(x), ranks(y));
    }

    /** Ranks from 1, ties averaged. */
    static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double shared = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                ranks[order[i]] = shared;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static OptionalDouble pearson(double[] x, double[] y) {
        double meanX = Arrays.stream(x).average().orElseThrow();
        double meanY = Arrays.stream(y).average().orElseThrow();
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < x.length; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
            varianceY += (y[i] - meanY) * (y[i] - meanY);
        }
        if (varianceX == 0 || varianceY == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(covariance / Math.sqrt(varianceX * varianceY));
    }
}
