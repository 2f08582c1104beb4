package org.opencities.testbench.feedback.qos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpearmanTests {

    /**
     * The textbook example (Wikipedia, "Spearman's rank correlation coefficient"): IQ against hours of
     * TV per week for ten people, no ties; sum d^2 = 194, so rho = 1 - 6 * 194 / (10 * 99) = -29/165.
     */
    @Test
    void matchesTheTextbookExampleWithoutTies() {
        double[] iq = {106, 100, 86, 101, 99, 103, 97, 113, 112, 110};
        double[] tvHours = {7, 27, 2, 50, 28, 29, 20, 12, 6, 17};

        assertThat(Spearman.rho(iq, tvHours).orElseThrow()).isCloseTo(-29.0 / 165, within(1e-12));
    }

    /**
     * By hand: x = 1, 2, 2, 3 ranks 1, 2.5, 2.5, 4 (the tie shares ranks 2 and 3); y = 1, 3, 2, 4 ranks
     * as is. Deviations from the mean rank 2.5: x -1.5, 0, 0, 1.5; y -1.5, 0.5, -0.5, 1.5. Sum of
     * products 4.5, sums of squares 4.5 and 5, so rho = 4.5 / sqrt(22.5) = sqrt(0.9).
     */
    @Test
    void averagesTheRanksOfTies() {
        assertThat(Spearman.ranks(new double[] {1, 2, 2, 3})).containsExactly(1, 2.5, 2.5, 4);
        assertThat(Spearman.rho(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4}).orElseThrow())
                .isCloseTo(Math.sqrt(0.9), within(1e-12));
    }

    @Test
    void isOneForAnyIncreasingRelationAndMinusOneForAnyDecreasingOne() {
        double[] x = {0.5, 3, 10, 250, 1000};
        assertThat(Spearman.rho(x, new double[] {1, 2, 3, 4, 5}).orElseThrow()).isCloseTo(1, within(1e-12));
        assertThat(Spearman.rho(x, new double[] {100, 50, 49, 2, -7}).orElseThrow()).isCloseTo(-1, within(1e-12));
    }

    @Test
    void hasNoValueForAConstantSideOrFewerThanTwoPairs() {
        assertThat(Spearman.rho(new double[] {1, 2, 3}, new double[] {4, 4, 4})).isEmpty();
        assertThat(Spearman.rho(new double[] {1}, new double[] {4})).isEmpty();
    }
}
