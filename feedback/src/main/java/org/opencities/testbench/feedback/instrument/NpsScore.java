package org.opencities.testbench.feedback.instrument;

import java.util.List;

/**
 * Net Promoter Score of a group of respondents: promoters answered 9 or 10, passives 7 or 8,
 * detractors 0 to 6; the score is the percentage of promoters minus the percentage of detractors,
 * from -100 to 100.
 */
public record NpsScore(double score, int promoters, int passives, int detractors) implements Score {

    static NpsScore of(List<Integer> answers) {
        int promoters = (int) answers.stream().filter(answer -> answer >= 9).count();
        int detractors = (int) answers.stream().filter(answer -> answer <= 6).count();
        int passives = answers.size() - promoters - detractors;
        return new NpsScore(100.0 * (promoters - detractors) / answers.size(), promoters, passives, detractors);
    }
}
