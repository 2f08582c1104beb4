package org.opencities.testbench.feedback.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the respondents answered one item: the number of responses answering it and the count of
 * each answer value (for a multiple choice, of each option chosen). Free text has no distribution.
 * Values keep the order given (scale points from low to high). Below the minimum number of answers
 * the counts are withheld.
 */
public record ItemDistribution(String key, Integer n, Map<String, Integer> counts, boolean tooFewAnswers) {

    public ItemDistribution {
        counts = counts == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public static ItemDistribution of(String key, int n, Map<String, Integer> counts, int minimumAnswers) {
        return n < minimumAnswers ? new ItemDistribution(key, null, null, true) : new ItemDistribution(key, n, counts, false);
    }
}
