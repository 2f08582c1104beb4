package org.opencities.testbench.feedback.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.opencities.testbench.feedback.report.ReportQueries.Aggregates;
import org.opencities.testbench.feedback.report.ReportQueries.ItemCount;
import org.opencities.testbench.feedback.report.ReportQueries.NpsCounts;

/**
 * Adds up report sheets: how many responses, how often each score value and each answer value occurs,
 * and how many responses answered each item. Scores are counted per distinct value, so the mean and
 * the sample variance come out of the counts in two exact passes, not from running sums.
 */
public final class ReportTally {

    private int responses;
    private final Map<String, Map<String, int[]>> scoreValues = new HashMap<>();
    private final Map<String, Map<String, int[]>> answerValues = new HashMap<>();
    private final Map<String, int[]> answering = new HashMap<>();

    public void add(ReportSheet sheet) {
        responses++;
        forEachWord(sheet.scores(), (key, value) -> increment(scoreValues.computeIfAbsent(key, k -> new HashMap<>()), value));
        forEachWord(sheet.answers(), (key, values) -> {
            increment(answering, key);
            var counts = answerValues.computeIfAbsent(key, k -> new HashMap<>());
            int start = 0;
            for (int comma = values.indexOf(','); comma >= 0; comma = values.indexOf(',', start)) {
                increment(counts, values.substring(start, comma));
                start = comma + 1;
            }
            increment(counts, start == 0 ? values : values.substring(start));
        });
    }

    public int responses() {
        return responses;
    }

    public Aggregates aggregates() {
        return new Aggregates(responses, scores(), nps(), items());
    }

    /** Count, mean and sample variance of each score. */
    public Map<String, ScoreStatistics> scores() {
        var statistics = new HashMap<String, ScoreStatistics>();
        scoreValues.forEach((key, counts) -> statistics.put(key, statistics(key, counts)));
        return statistics;
    }

    /** The NPS answers as promoters (9-10), passives (7-8) and detractors (0-6). */
    public NpsCounts nps() {
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        for (var entry : scoreValues.getOrDefault("nps", Map.of()).entrySet()) {
            double score = Double.parseDouble(entry.getKey());
            int count = entry.getValue()[0];
            if (score >= 9) {
                promoters += count;
            } else if (score >= 7) {
                passives += count;
            } else {
                detractors += count;
            }
        }
        return new NpsCounts(promoters, passives, detractors);
    }

    private List<ItemCount> items() {
        var items = new ArrayList<ItemCount>();
        answerValues.forEach((key, values) -> {
            var counts = new HashMap<String, Integer>();
            values.forEach((value, count) -> counts.put(value, count[0]));
            items.add(new ItemCount(key, answering.get(key)[0], counts));
        });
        return items;
    }

    private static ScoreStatistics statistics(String key, Map<String, int[]> counts) {
        int n = 0;
        double sum = 0;
        var values = new double[counts.size()];
        var weights = new int[counts.size()];
        int i = 0;
        for (var entry : counts.entrySet()) {
            values[i] = Double.parseDouble(entry.getKey());
            weights[i] = entry.getValue()[0];
            n += weights[i];
            sum += values[i] * weights[i];
            i++;
        }
        double mean = sum / n;
        if (n < 2) {
            return new ScoreStatistics(key, n, mean, null);
        }
        double squares = 0;
        for (int j = 0; j < values.length; j++) {
            squares += weights[j] * (values[j] - mean) * (values[j] - mean);
        }
        return new ScoreStatistics(key, n, mean, squares / (n - 1));
    }

    private static void increment(Map<String, int[]> counts, String value) {
        counts.computeIfAbsent(value, v -> new int[1])[0]++;
    }

    /** Calls back with the key and value of each {@code key=value} word of a space-separated list. */
    private static void forEachWord(String words, BiConsumer<String, String> entry) {
        int start = 0;
        int length = words.length();
        while (start < length) {
            int end = words.indexOf(' ', start);
            if (end < 0) {
                end = length;
            }
            int equals = words.indexOf('=', start);
            entry.accept(words.substring(start, equals), words.substring(equals + 1, end));
            start = end + 1;
        }
    }
}
