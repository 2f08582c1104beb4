package org.opencities.testbench.feedback.report;

/**
 * What the database sums up of one score over a set of responses: how many, their mean and their
 * sample variance ({@code null} for a single value).
 */
public record ScoreStatistics(String scoreKey, int n, double mean, Double variance) {
}
