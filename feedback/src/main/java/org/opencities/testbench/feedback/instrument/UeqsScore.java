package org.opencities.testbench.feedback.instrument;

import java.util.List;

/**
 * A respondent's UEQ-S scale means over item values -3..+3: pragmatic quality is the mean of items
 * 1-4 (supportive, easy, efficient, clear), hedonic quality the mean of items 5-8 (exciting,
 * interesting, inventive, leading edge), overall the mean of all eight.
 */
public record UeqsScore(Scale pragmatic, Scale hedonic, Scale overall) implements Score {

    /** How the UEQ handbook reads a scale mean. */
    public enum Evaluation {
        /** Mean above +0.8. */
        POSITIVE,
        /** Mean from -0.8 to +0.8. */
        NEUTRAL,
        /** Mean below -0.8. */
        NEGATIVE
    }

    /** One scale's mean and how it reads. */
    public record Scale(double mean, Evaluation evaluation) {

        static Scale of(List<Integer> items) {
            double mean = items.stream().mapToInt(Integer::intValue).average().orElseThrow();
            return new Scale(mean, mean > 0.8 ? Evaluation.POSITIVE
                    : mean < -0.8 ? Evaluation.NEGATIVE : Evaluation.NEUTRAL);
        }
    }

    static UeqsScore of(List<Integer> answers) {
        return new UeqsScore(Scale.of(answers.subList(0, 4)), Scale.of(answers.subList(4, 8)), Scale.of(answers));
    }
}
