package org.opencities.testbench.registry.call.jury;

import org.opencities.testbench.registry.call.application.ApplicationId;

/**
 * An application's place in a call's ranking.
 *
 * @param position 1 for the best
 * @param score the mean over its jurors of each juror's weighted mean, 0 to 10; {@code null} when nobody scored it
 * @param lowestJurorScore the lowest weighted mean any of its jurors gave; {@code null} when nobody scored it
 * @param jurors how many jurors scored it (conflicted jurors never count)
 */
public record Rank(int position, ApplicationId application, Double score, Double lowestJurorScore, int jurors) {
}
