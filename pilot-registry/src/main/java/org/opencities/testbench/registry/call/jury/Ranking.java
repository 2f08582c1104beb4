package org.opencities.testbench.registry.call.jury;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.opencities.testbench.registry.call.Criterion;
import org.opencities.testbench.registry.call.application.ApplicationId;

/**
 * Orders a call's applications by the jury's scores. An application's score is the mean, over
 * the jurors who scored it and declared no conflict with it, of each juror's weighted mean of the
 * criteria. Ties are broken, in this order, by the higher lowest juror score (the application the
 * jury agrees on more), the earlier submission, and the smaller application id; applications
 * nobody scored come last. Scores are compared as exact fractions, so the order never depends on
 * rounding or on the order the inputs came in.
 */
public final class Ranking {

    private Ranking() {
    }

    public static List<Rank> of(List<Criterion> criteria, List<Candidate> candidates, List<ScoreSheet> sheets,
            List<Recusal> recusals) {
        long weights = criteria.stream().mapToLong(Criterion::weight).sum();
        Set<String> recused = recusals.stream().map(r -> key(r.application(), r.juror())).collect(Collectors.toSet());
        Map<ApplicationId, Tally> tallies = new HashMap<>();
        for (var sheet : sheets) {
            if (!recused.contains(key(sheet.application(), sheet.juror()))) {
                tallies.computeIfAbsent(sheet.application(), id -> new Tally()).add(sheet.weightedSum(criteria));
            }
        }
        var ordered = candidates.stream()
                .map(candidate -> new Entry(candidate, tallies.getOrDefault(candidate.id(), new Tally())))
                .sorted(ORDER)
                .toList();
        return IntStream.range(0, ordered.size()).mapToObj(i -> ordered.get(i).rank(i + 1, weights)).toList();
    }

    private static String key(ApplicationId application, String juror) {
        return application + "/" + juror;
    }

    /** Scored before unscored; higher mean; higher lowest score; earlier submission; smaller id. */
    private static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> e.tally().count == 0)
            .thenComparing(Ranking::byMean)
            .thenComparing(e -> -e.tally().lowest)
            .thenComparing(e -> e.candidate().submittedAt())
            .thenComparing(e -> e.candidate().id().value().toString());

    /** Higher mean first, compared by cross-multiplying sums and counts (the weights' sum is common to all). */
    private static int byMean(Entry a, Entry b) {
        return Long.compare(b.tally().sum * Math.max(a.tally().count, 1), a.tally().sum * Math.max(b.tally().count, 1));
    }

    private record Entry(Candidate candidate, Tally tally) {

        Rank rank(int position, long weights) {
            if (tally.count == 0) {
                return new Rank(position, candidate.id(), null, null, 0);
            }
            return new Rank(position, candidate.id(), (double) tally.sum / tally.count / weights,
                    (double) tally.lowest / weights, tally.count);
        }
    }

    /** Running totals of one application's weighted sums. */
    private static final class Tally {
        private long sum;
        private int count;
        private long lowest = Long.MAX_VALUE;

        void add(long weightedSum) {
            sum += weightedSum;
            count++;
            lowest = Math.min(lowest, weightedSum);
        }
    }
}
