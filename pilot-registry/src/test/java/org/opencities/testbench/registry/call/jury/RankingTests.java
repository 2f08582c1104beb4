package org.opencities.testbench.registry.call.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.registry.call.Criterion;
import org.opencities.testbench.registry.call.application.ApplicationId;

class RankingTests {

    static final List<Criterion> CRITERIA = List.of(new Criterion("Impact", 3), new Criterion("Feasibility", 1));
    static final Instant T0 = Instant.parse("2027-01-15T10:00:00Z");

    @Test
    void ranksByTheMeanOfEachJurorsWeightedMean() {
        var a = candidate(1, T0);
        var b = candidate(2, T0.plusSeconds(1));

        var ranking = Ranking.of(CRITERIA, List.of(a, b),
                List.of(sheet(a, "j1", 10, 0), sheet(a, "j2", 6, 6), sheet(b, "j1", 8, 8), sheet(b, "j2", 8, 8)),
                List.of());

        // a: (7.5 + 6) / 2 = 6.75; b: 8
        assertThat(ranking).extracting(Rank::application).containsExactly(b.id(), a.id());
        assertThat(ranking.get(1).score()).isEqualTo(6.75);
        assertThat(ranking.get(1).lowestJurorScore()).isEqualTo(6.0);
    }

    @Test
    void leavesOutTheScoresOfAConflictedJuror() {
        var a = candidate(1, T0);
        var b = candidate(2, T0);

        var ranking = Ranking.of(CRITERIA, List.of(a, b),
                List.of(sheet(a, "j1", 10, 10), sheet(a, "j2", 1, 1), sheet(b, "j1", 5, 5), sheet(b, "j2", 5, 5)),
                List.of(new Recusal(a.id(), "j2", "works there", T0)));

        assertThat(ranking.get(0).application()).isEqualTo(a.id());
        assertThat(ranking.get(0).score()).isEqualTo(10.0);
        assertThat(ranking.get(0).jurors()).isEqualTo(1);
    }

    @Test
    void breaksATieByTheHigherLowestJurorScoreThenTheEarlierSubmission() {
        var divisive = candidate(1, T0);
        var agreed = candidate(2, T0.plusSeconds(60));
        var agreedLater = candidate(3, T0.plusSeconds(120));

        var ranking = Ranking.of(CRITERIA, List.of(divisive, agreedLater, agreed),
                List.of(sheet(divisive, "j1", 10, 10), sheet(divisive, "j2", 4, 4),
                        sheet(agreed, "j1", 7, 7), sheet(agreed, "j2", 7, 7),
                        sheet(agreedLater, "j1", 7, 7), sheet(agreedLater, "j2", 7, 7)),
                List.of());

        assertThat(ranking).extracting(Rank::application).containsExactly(agreed.id(), agreedLater.id(), divisive.id());
        assertThat(ranking).extracting(Rank::position).containsExactly(1, 2, 3);
    }

    @Test
    void putsUnscoredApplicationsLast() {
        var unscored = candidate(1, T0);
        var scored = candidate(2, T0.plusSeconds(1));

        var ranking = Ranking.of(CRITERIA, List.of(unscored, scored), List.of(sheet(scored, "j1", 0, 0)), List.of());

        assertThat(ranking).extracting(Rank::application).containsExactly(scored.id(), unscored.id());
        assertThat(ranking.get(1).score()).isNull();
    }

    @Property(tries = 300)
    void rankingIsATotalOrderIndependentOfInputOrder(@ForAll("juries") Judging jury, @ForAll long seed) {
        var ranking = Ranking.of(CRITERIA, jury.candidates(), jury.sheets(), jury.recusals());
        var candidates = new ArrayList<>(jury.candidates());
        var sheets = new ArrayList<>(jury.sheets());
        var recusals = new ArrayList<>(jury.recusals());
        var random = new Random(seed);
        Collections.shuffle(candidates, random);
        Collections.shuffle(sheets, random);
        Collections.shuffle(recusals, random);

        var shuffled = Ranking.of(CRITERIA, candidates, sheets, recusals);

        assertThat(shuffled).isEqualTo(ranking);
        assertThat(ranking).extracting(Rank::application).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(jury.candidates().stream().map(Candidate::id).toList());
        for (int i = 1; i < ranking.size(); i++) {
            var better = ranking.get(i - 1);
            var worse = ranking.get(i);
            if (better.score() != null && worse.score() != null) {
                assertThat(better.score()).isGreaterThanOrEqualTo(worse.score());
            } else {
                assertThat(worse.score()).as("unscored applications come last").isNull();
            }
        }
    }

    record Judging(List<Candidate> candidates, List<ScoreSheet> sheets, List<Recusal> recusals) {
    }

    @Provide
    Arbitrary<Judging> juries() {
        var jurors = List.of("j1", "j2", "j3");
        var point = Arbitraries.integers().between(0, 10);
        // Few distinct submission instants and scores, so ties are common and the tie rules are exercised.
        var candidates = Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(8)
                .map(seconds -> IntStream.range(0, seconds.size())
                        .mapToObj(i -> new Candidate(new ApplicationId(new UUID(7, i)), T0.plusSeconds(seconds.get(i))))
                        .toList());
        return candidates.flatMap(list -> {
            var sheets = new ArrayList<Arbitrary<ScoreSheet>>();
            var recusals = new ArrayList<Arbitrary<List<Recusal>>>();
            for (var candidate : list) {
                for (var juror : jurors) {
                    sheets.add(Combinators.combine(point, point).as((x, y) ->
                            new ScoreSheet(candidate.id(), juror, List.of(x, y), "", T0)));
                    recusals.add(Arbitraries.of(true, false, false, false).map(recused -> recused
                            ? List.of(new Recusal(candidate.id(), juror, "", T0)) : List.of()));
                }
            }
            var sheetSubsets = Combinators.combine(sheets).as(all -> all)
                    .flatMap(all -> Arbitraries.subsetOf(all).map(List::copyOf));
            var recused = Combinators.combine(recusals).as(all -> all.stream().flatMap(List::stream).toList());
            return Combinators.combine(sheetSubsets, recused).as((s, r) -> new Judging(list, s, r));
        });
    }

    private static Candidate candidate(int n, Instant at) {
        return new Candidate(new ApplicationId(new UUID(0, n)), at);
    }

    private static ScoreSheet sheet(Candidate candidate, String juror, int impact, int feasibility) {
        return new ScoreSheet(candidate.id(), juror, List.of(impact, feasibility), "", T0);
    }
}
