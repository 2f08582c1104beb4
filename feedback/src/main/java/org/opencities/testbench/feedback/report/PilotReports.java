package org.opencities.testbench.feedback.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencities.testbench.feedback.report.ReportQueries.Breakdown;
import org.opencities.testbench.feedback.report.ReportQueries.Dimension;
import org.opencities.testbench.feedback.report.ReportQueries.ItemCount;
import org.opencities.testbench.feedback.report.ReportQueries.NpsCounts;

/**
 * Puts reports together from the aggregates {@link ReportQueries} computes, withholding every figure
 * that rests on fewer answers than the minimum: the whole report when the filter leaves too few
 * responses, otherwise each score, NPS and item distribution on its own.
 */
public final class PilotReports {

    /** The measures open data publishes, by their stored score key. */
    public static final List<String> OPEN_DATA_SCORES = List.of("sus", "ueq-s.pragmatic", "ueq-s.hedonic", "ueq-s.overall",
            "mos");

    private final ReportQueries queries;
    private final int minimumAnswers;

    public PilotReports(ReportQueries queries, int minimumAnswers) {
        this.queries = queries;
        this.minimumAnswers = minimumAnswers;
    }

    public int minimumAnswers() {
        return minimumAnswers;
    }

    public PilotReport report(String pilotId, ReportFilter filter, Instant now) {
        var aggregates = queries.aggregates(pilotId, filter);
        if (aggregates.responses() < minimumAnswers) {
            var none = new PilotReport.UeqS(Measure.TOO_FEW, Measure.TOO_FEW, Measure.TOO_FEW);
            return new PilotReport(pilotId, filter.restrictions(), minimumAnswers, null, true, Measure.TOO_FEW,
                    PilotReport.SUS_BENCHMARK, none, NpsGroups.of(0, 0, 0, minimumAnswers), Measure.TOO_FEW, List.of(), now);
        }
        var scores = aggregates.scores();
        var ueqS = new PilotReport.UeqS(measure(scores, "ueq-s.pragmatic"), measure(scores, "ueq-s.hedonic"),
                measure(scores, "ueq-s.overall"));
        return new PilotReport(pilotId, filter.restrictions(), minimumAnswers, aggregates.responses(), false,
                measure(scores, "sus"), PilotReport.SUS_BENCHMARK, ueqS, nps(aggregates.nps()), measure(scores, "mos"),
                distributions(aggregates.items()), now);
    }

    /**
     * The anonymised aggregates of a pilot for an open-data portal: each published score and the NPS,
     * for all responses and broken down by city, language, device and platform. A cell below the
     * minimum keeps its place but shows no figures, not even its count.
     */
    public List<OpenDataRow> openData(String pilotId) {
        var breakdowns = queries.breakdowns(pilotId);
        var rows = new ArrayList<OpenDataRow>();
        for (Dimension dimension : Dimension.values()) {
            var cells = breakdowns.stream().filter(cell -> cell.dimension() == dimension)
                    .sorted(Comparator.comparing(Breakdown::value)).toList();
            for (String score : OPEN_DATA_SCORES) {
                cells.stream().filter(cell -> cell.scores().containsKey(score))
                        .forEach(cell -> rows.add(OpenDataRow.of(dimension.label(), cell.value(), score,
                                measure(cell.scores(), score))));
            }
            cells.stream().filter(cell -> cell.nps().n() > 0)
                    .forEach(cell -> rows.add(OpenDataRow.of(dimension.label(), cell.value(), nps(cell.nps()))));
        }
        return rows;
    }

    private Measure measure(Map<String, ScoreStatistics> scores, String key) {
        return Measure.of(scores.get(key), minimumAnswers);
    }

    private NpsGroups nps(NpsCounts counts) {
        return NpsGroups.of(counts.promoters(), counts.passives(), counts.detractors(), minimumAnswers);
    }

    private List<ItemDistribution> distributions(List<ItemCount> items) {
        var distributions = new ArrayList<ItemDistribution>();
        for (var item : items) {
            var ordered = new LinkedHashMap<String, Integer>();
            item.counts().entrySet().stream().sorted(Map.Entry.comparingByKey(PilotReports::numbersFirst))
                    .forEach(value -> ordered.put(value.getKey(), value.getValue()));
            distributions.add(ItemDistribution.of(item.key(), item.responses(), ordered, minimumAnswers));
        }
        distributions.sort(Comparator.comparing(ItemDistribution::key, PilotReports::numberedKeys));
        return distributions;
    }

    /** Scale points in numeric order (−3 before 10), then option values alphabetically. */
    private static int numbersFirst(String a, String b) {
        var left = wholeNumber(a);
        var right = wholeNumber(b);
        if (left != null && right != null) {
            return Integer.compare(left, right);
        }
        if (left != null || right != null) {
            return left != null ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** Keys alphabetically, but {@code sus-2} before {@code sus-10}. */
    private static int numberedKeys(String a, String b) {
        int left = a.lastIndexOf('-');
        int right = b.lastIndexOf('-');
        if (left > 0 && right > 0 && a.substring(0, left).equals(b.substring(0, right))) {
            var l = wholeNumber(a.substring(left + 1));
            var r = wholeNumber(b.substring(right + 1));
            if (l != null && r != null) {
                return Integer.compare(l, r);
            }
        }
        return a.compareTo(b);
    }

    private static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
