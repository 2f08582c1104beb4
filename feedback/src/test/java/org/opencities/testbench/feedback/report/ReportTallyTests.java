package org.opencities.testbench.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.feedback.report.ReportQueries.ItemCount;
import org.opencities.testbench.feedback.report.ReportQueries.NpsCounts;

class ReportTallyTests {

    @Test
    void writesAnswersAndScoresAsSortedKeyValueWords() {
        var sheet = ReportSheet.of(Map.of("uses", List.of("leisure", "commute"), "nps", List.of("9"), "ueq-s-1", List.of("-3")),
                Map.of("sus", 72.5, "ueq-s.overall", -0.125));

        assertThat(sheet.answers()).isEqualTo("nps=9 ueq-s-1=-3 uses=leisure,commute");
        assertThat(sheet.scores()).isEqualTo("sus=72.5 ueq-s.overall=-0.125");
    }

    @Test
    void countsEachChosenOptionButEachAnsweringResponseOnce() {
        var tally = new ReportTally();
        tally.add(ReportSheet.of(Map.of("uses", List.of("leisure", "commute"), "cycles", List.of("yes")), Map.of()));
        tally.add(ReportSheet.of(Map.of("uses", List.of("commute")), Map.of()));
        tally.add(ReportSheet.of(Map.of(), Map.of()));

        var aggregates = tally.aggregates();

        assertThat(aggregates.responses()).isEqualTo(3);
        assertThat(aggregates.items()).containsExactlyInAnyOrder(new ItemCount("uses", 2, Map.of("leisure", 1, "commute", 2)),
                new ItemCount("cycles", 1, Map.of("yes", 1)));
    }

    @Test
    void givesTheMeanAndSampleVarianceOfTheScoresAndTheNpsGroups() {
        var tally = new ReportTally();
        for (double[] scores : new double[][] {{85, 10}, {70, 9}, {70, 8}, {40, 6}, {105.0 / 1.5, 0}}) {
            tally.add(ReportSheet.of(Map.of(), Map.of("sus", scores[0], "nps", scores[1])));
        }

        var sus = tally.scores().get("sus");

        assertThat(sus.n()).isEqualTo(5);
        assertThat(sus.mean()).isCloseTo(67.0, within(1e-12));
        assertThat(sus.variance()).isCloseTo((18 * 18 + 3 * 3 + 3 * 3 + 27 * 27 + 3 * 3) / 4.0, within(1e-9));
        assertThat(tally.nps()).isEqualTo(new NpsCounts(2, 1, 2));
    }

    @Test
    void hasNoVarianceForASingleScore() {
        var tally = new ReportTally();
        tally.add(ReportSheet.of(Map.of(), Map.of("mos", 4.0)));

        assertThat(tally.scores().get("mos")).isEqualTo(new ScoreStatistics("mos", 1, 4.0, null));
        assertThat(tally.nps()).isEqualTo(new NpsCounts(0, 0, 0));
    }

    @Test
    void addsUpOtherTalliesAsIfTheirSheetsHadBeenAddedDirectly() {
        var sheets = List.of(ReportSheet.of(Map.of("uses", List.of("leisure", "commute"), "nps", List.of("9")), Map.of("nps", 9.0)),
                ReportSheet.of(Map.of("uses", List.of("commute"), "nps", List.of("3")), Map.of("nps", 3.0)),
                ReportSheet.of(Map.of("nps", List.of("9")), Map.of("nps", 9.0, "sus", 50.0)));
        var direct = new ReportTally();
        sheets.forEach(direct::add);
        var first = new ReportTally();
        first.add(sheets.get(0));
        var rest = new ReportTally();
        rest.add(sheets.get(1));
        rest.add(sheets.get(2));

        var merged = new ReportTally();
        merged.add(first);
        merged.add(rest);

        assertThat(merged.aggregates()).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(direct.aggregates());
        assertThat(merged.aggregates().items()).contains(new ItemCount("uses", 2, Map.of("leisure", 1, "commute", 2)));
    }
}
