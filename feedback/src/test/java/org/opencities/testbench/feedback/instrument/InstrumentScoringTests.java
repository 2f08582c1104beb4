package org.opencities.testbench.feedback.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.feedback.instrument.UeqsScore.Evaluation;
import org.opencities.testbench.feedback.instrument.UeqsScore.Scale;

class InstrumentScoringTests {

    @Test
    void scoresBrookesAlternatingAgreeDisagreeAnswersAs75() {
        var score = Instrument.SUS.score(List.of(4, 2, 4, 2, 4, 2, 4, 2, 4, 2));

        assertThat(score).isEqualTo(new SusScore(75.0));
    }

    @Test
    void scoresAllNeutralSusAnswersAs50() {
        assertThat(Instrument.SUS.score(Collections.nCopies(10, 3))).isEqualTo(new SusScore(50.0));
    }

    @Test
    void scoresTheBestAndWorstSusAnswersAs100And0() {
        assertThat(Instrument.SUS.score(List.of(5, 1, 5, 1, 5, 1, 5, 1, 5, 1))).isEqualTo(new SusScore(100.0));
        assertThat(Instrument.SUS.score(List.of(1, 5, 1, 5, 1, 5, 1, 5, 1, 5))).isEqualTo(new SusScore(0.0));
    }

    @Property
    void keepsSusWithin0To100InStepsOf2Point5(@ForAll @Size(10) List<@IntRange(min = 1, max = 5) Integer> answers) {
        double score = ((SusScore) Instrument.SUS.score(answers)).score();

        assertThat(score).isBetween(0.0, 100.0);
        assertThat(score / 2.5).isEqualTo(Math.rint(score / 2.5));
    }

    @Test
    void countsFivePromotersThreePassivesAndTwoDetractorsOfTenAsNps30() {
        var score = Instrument.NPS.score(List.of(10, 9, 9, 10, 9, 8, 7, 7, 6, 0));

        assertThat(score).isEqualTo(new NpsScore(30.0, 5, 3, 2));
    }

    @Test
    void givesNpsMinus100WhenEveryoneIsADetractor() {
        assertThat(Instrument.NPS.score(List.of(6, 0, 3))).isEqualTo(new NpsScore(-100.0, 0, 0, 3));
    }

    @Test
    void averagesUeqsPragmaticItems1To4AndHedonicItems5To8() {
        // Pragmatic (2 + 1 + 3 + 2) / 4 = 2.0, hedonic (0 - 1 + 1 + 2) / 4 = 0.5, overall 10 / 8 = 1.25.
        var score = Instrument.UEQ_S.score(List.of(2, 1, 3, 2, 0, -1, 1, 2));

        assertThat(score).isEqualTo(new UeqsScore(new Scale(2.0, Evaluation.POSITIVE),
                new Scale(0.5, Evaluation.NEUTRAL), new Scale(1.25, Evaluation.POSITIVE)));
    }

    @Test
    void readsUeqsMeansBelowMinus0Point8AsNegative() {
        // Pragmatic (-3 - 2 - 1 - 1) / 4 = -1.75, hedonic (-1 + 0 + 0 + 1) / 4 = 0, overall -7 / 8 = -0.875.
        var score = (UeqsScore) Instrument.UEQ_S.score(List.of(-3, -2, -1, -1, -1, 0, 0, 1));

        assertThat(score.pragmatic()).isEqualTo(new Scale(-1.75, Evaluation.NEGATIVE));
        assertThat(score.hedonic()).isEqualTo(new Scale(0.0, Evaluation.NEUTRAL));
        assertThat(score.overall()).isEqualTo(new Scale(-0.875, Evaluation.NEGATIVE));
    }

    @Test
    void reportsMosWithAStudentT95PercentIntervalForFewRatings() {
        // Mean 4.0, s = sqrt(2 / 4) = 0.7071, standard error 0.7071 / sqrt(5) = 0.3162, t(4) = 2.7764.
        var score = (MosScore) Instrument.MOS.score(List.of(4, 5, 3, 4, 4));

        assertThat(score.mean()).isEqualTo(4.0);
        assertThat(score.ratings()).isEqualTo(5);
        assertThat(score.confidence95().lower()).isCloseTo(3.1220, within(0.0001));
        assertThat(score.confidence95().upper()).isCloseTo(4.8780, within(0.0001));
    }

    @Test
    void usesTheNormal1Point96BeyondThirtyDegreesOfFreedom() {
        // 40 ratings of 3 and 4: mean 3.5, s = sqrt(10 / 39) = 0.5064, standard error 0.0801, 1.96 * 0.0801 = 0.1569.
        var ratings = new ArrayList<Integer>();
        for (int i = 0; i < 20; i++) {
            ratings.addAll(List.of(3, 4));
        }

        var score = (MosScore) Instrument.MOS.score(ratings);

        assertThat(score.mean()).isEqualTo(3.5);
        assertThat(score.confidence95().lower()).isCloseTo(3.3431, within(0.0001));
        assertThat(score.confidence95().upper()).isCloseTo(3.6569, within(0.0001));
    }

    @Test
    void refusesSusWithAnAnswerMissingFromTheTenItems() {
        assertThatThrownBy(() -> Instrument.SUS.score(List.of(4, 2, 4, 2, 4, 2, 4, 2, 4)))
                .isInstanceOf(InvalidAnswers.class)
                .hasMessageContaining("10 items")
                .hasMessageContaining("got 9");
    }

    @Test
    void refusesAnAnswerOffTheScaleNamingTheItemAndTheRange() {
        assertThatThrownBy(() -> Instrument.SUS.score(List.of(4, 2, 6, 2, 4, 2, 4, 2, 4, 2)))
                .isInstanceOf(InvalidAnswers.class)
                .hasMessageContaining("item 3")
                .hasMessageContaining("1 to 5");
        assertThatThrownBy(() -> Instrument.UEQ_S.score(List.of(0, 0, 0, 0, 0, 0, 0, 4)))
                .hasMessageContaining("item 8")
                .hasMessageContaining("-3 to 3");
        assertThatThrownBy(() -> Instrument.NPS.score(List.of(10, 11)))
                .hasMessageContaining("answer 2")
                .hasMessageContaining("0 to 10");
    }

    @Test
    void refusesAnItemLeftUnanswered() {
        assertThatThrownBy(() -> Instrument.SUS.score(Arrays.asList(4, 2, 4, null, 4, 2, 4, 2, 4, 2)))
                .isInstanceOf(InvalidAnswers.class)
                .hasMessageContaining("item 4 is missing");
    }

    @Test
    void refusesMosOfASingleRatingAsItHasNoConfidenceInterval() {
        assertThatThrownBy(() -> Instrument.MOS.score(List.of(5)))
                .isInstanceOf(InvalidAnswers.class)
                .hasMessageContaining("at least 2");
        assertThatThrownBy(() -> Instrument.NPS.score(List.of()))
                .isInstanceOf(InvalidAnswers.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void findsInstrumentsByCodeInAnyCase() {
        assertThat(Instrument.byCode("UEQ-S")).contains(Instrument.UEQ_S);
        assertThat(Instrument.byCode("sus")).contains(Instrument.SUS);
        assertThat(Instrument.byCode("attrakdiff")).isEmpty();
    }
}
