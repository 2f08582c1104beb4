package org.opencities.testbench.registry.call.web;

import org.opencities.testbench.registry.call.jury.Rank;

/** One line of a call's ranking; the scores are 0 to 10, absent while nobody scored the application. */
record RankResponse(int position, String applicationId, Double score, Double lowestJurorScore, int jurors) {

    static RankResponse of(Rank rank) {
        return new RankResponse(rank.position(), rank.application().toString(), rank.score(), rank.lowestJurorScore(),
                rank.jurors());
    }
}
