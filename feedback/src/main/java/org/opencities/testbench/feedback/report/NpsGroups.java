package org.opencities.testbench.feedback.report;

/**
 * The Net Promoter Score of a set of respondents with its groups: promoters answered 9 or 10,
 * passives 7 or 8, detractors 0 to 6; the score is the percentage of promoters minus that of
 * detractors. Below the minimum number of answers every figure is {@code null}.
 */
public record NpsGroups(Integer n, Double score, Integer promoters, Integer passives, Integer detractors,
        boolean tooFewAnswers) {

    public static NpsGroups of(int promoters, int passives, int detractors, int minimumAnswers) {
        int n = promoters + passives + detractors;
        if (n < minimumAnswers || n == 0) {
            return new NpsGroups(null, null, null, null, null, true);
        }
        return new NpsGroups(n, 100.0 * (promoters - detractors) / n, promoters, passives, detractors, false);
    }
}
