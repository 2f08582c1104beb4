package org.opencities.testbench.feedback.questionnaire;

import java.util.Optional;

/** Checks of whole-number answers on a closed scale, shared by Likert, rating and instrument items. */
final class Scale {

    private Scale() {
    }

    static Optional<String> misfit(Answer answer, int min, int max) {
        if (!(answer instanceof Answer.Whole whole)) {
            return Optional.of("must be a whole number from %d to %d".formatted(min, max));
        }
        if (whole.value() < min || whole.value() > max) {
            return Optional.of("%d is out of range; the allowed range is %d to %d".formatted(whole.value(), min, max));
        }
        return Optional.empty();
    }
}
