package org.opencities.testbench.feedback.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
    /** How often each {@code key=score} word occurs. */
    private final Map<String, int[]> scoreWords = new HashMap<>();
    /** How often each {@code key=value} word of a single value occurs. */
    private final Map<String, int[]> singleAnswers = new HashMap<>();
    /** How often each option of the multiple choices answered with more than one option was chosen, by key. */
    private final Map<String, Map<String, int[]>> chosenOptions = new HashMap<>();
    /** How many responses answered a multiple choice with more than one option, by key. */
    private final Map<String, int[]> severalOptions = new HashMap<>();

    /**
     * Adds a sheet. Each word is counted as it stands; words are split into key and value only once per
     * distinct word, when the figures are read.
     */
    public void add(ReportSheet sheet) {
        responses++;
        countWords(sheet.scores(), scoreWords, null);
        countWords(sheet.answers(), singleAnswers, this::addOptions);
    }

    /** Adds what another tally has counted. */
    public void add(ReportTally other) {
        responses += other.responses;
        merge(scoreWords, other.scoreWords);
        merge(singleAnswers, other.singleAnswers);
        merge(severalOptions, other.severalOptions);
        other.chosenOptions.forEach((key, options) -> merge(chosenOptions.computeIfAbsent(key, k -> new HashMap<>()), options));
    }

    private static void merge(Map<String, int[]> counts, Map<String, int[]> more) {
        more.forEach((word, count) -> counts.computeIfAbsent(word, w -> new int[1])[0] += count[0]);
    }

    private void addOptions(String word) {
        int equals = word.indexOf('=');
        String key = word.substring(0, equals);
        increment(severalOptions, key);
        var options = chosenOptions.computeIfAbsent(key, k -> new HashMap<>());
        for (String option : word.substring(equals + 1).split(",")) {
            increment(options, option);
        }
    }

    public Aggregates aggregates() {
        return new Aggregates(responses, scores(), nps(), items());
    }

    /** Count, mean and sample variance of each score. */
    public Map<String, ScoreStatistics> scores() {
        var statistics = new HashMap<String, ScoreStatistics>();
        byKey(scoreWords).forEach((key, counts) -> statistics.put(key, statistics(key, counts)));
        return statistics;
    }

    /** The NPS answers as promoters (9-10), passives (7-8) and detractors (0-6). */
    public NpsCounts nps() {
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        for (var entry : byKey(scoreWords).getOrDefault("nps", Map.of()).entrySet()) {
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
        var singles = byKey(singleAnswers);
        var keys = new HashSet<>(singles.keySet());
        keys.addAll(chosenOptions.keySet());
        var items = new ArrayList<ItemCount>();
        for (String key : keys) {
            // A response answering with one value left one word; one choosing several options was counted apart.
            int answering = severalOptions.getOrDefault(key, new int[1])[0];
            var counts = new HashMap<String, Integer>();
            for (var value : singles.getOrDefault(key, Map.of()).entrySet()) {
                counts.merge(value.getKey(), value.getValue()[0], Integer::sum);
                answering += value.getValue()[0];
            }
            chosenOptions.getOrDefault(key, Map.of()).forEach((option, count) -> counts.merge(option, count[0], Integer::sum));
            items.add(new ItemCount(key, answering, counts));
        }
        return items;
    }

    /** Counted {@code key=value} words as counts per value by key. */
    private static Map<String, Map<String, int[]>> byKey(Map<String, int[]> words) {
        var byKey = new HashMap<String, Map<String, int[]>>();
        words.forEach((word, count) -> {
            int equals = word.indexOf('=');
            byKey.computeIfAbsent(word.substring(0, equals), k -> new HashMap<>())
                    .computeIfAbsent(word.substring(equals + 1), v -> new int[1])[0] += count[0];
        });
        return byKey;
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

    /**
     * Counts each word of a space-separated list; a word with a comma (a multiple choice answered with
     * several options) goes to {@code several} instead.
     */
    private static void countWords(String words, Map<String, int[]> counts, Consumer<String> several) {
        int start = 0;
        int length = words.length();
        while (start < length) {
            int end = words.indexOf(' ', start);
            if (end < 0) {
                end = length;
            }
            String word = words.substring(start, end);
            if (several != null && word.indexOf(',') >= 0) {
                several.accept(word);
            } else {
                increment(counts, word);
            }
            start = end + 1;
        }
    }
}
