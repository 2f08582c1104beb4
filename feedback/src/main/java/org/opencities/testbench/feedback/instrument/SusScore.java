package org.opencities.testbench.feedback.instrument;

import java.util.List;

/**
 * A respondent's System Usability Scale score: odd items contribute {@code answer - 1}, even items
 * {@code 5 - answer}, and the sum times 2.5 gives 0..100 in steps of 2.5. 68 is the commonly cited
 * average.
 */
public record SusScore(double score) implements Score {

    static SusScore of(List<Integer> answers) {
        int sum = 0;
        for (int item = 1; item <= answers.size(); item++) {
            int answer = answers.get(item - 1);
            sum += item % 2 == 1 ? answer - 1 : 5 - answer;
        }
        return new SusScore(sum * 2.5);
    }
}
