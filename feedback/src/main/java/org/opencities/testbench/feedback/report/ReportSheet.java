package org.opencities.testbench.feedback.report;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a report counts of one response, in the compact form kept beside it: the countable answers as
 * {@code key=value} words ({@code key=a,b} for the options of a multiple choice), and the scores as
 * {@code key=score} words, each list separated by spaces. Answer keys and option values are lower-case
 * letters, digits and hyphens, score keys add dots, so neither separator can occur inside them. Free
 * text is never part of a sheet.
 *
 * @param answers the countable answers: numbers, chosen options and single choices
 * @param scores the instrument scores, {@code sus=72.5 nps=9.0}
 */
public record ReportSheet(String answers, String scores) {

    /**
     * The sheet of a response's countable answers (each key with its values in the order they were
     * chosen) and its scores.
     */
    public static ReportSheet of(Map<String, List<String>> answers, Map<String, Double> scores) {
        return new ReportSheet(words(new TreeMap<>(answers), values -> String.join(",", values)),
                words(new TreeMap<>(scores), score -> Double.toString(score)));
    }

    private static <V> String words(SortedMap<String, V> entries, Function<V, String> value) {
        return entries.entrySet().stream().map(entry -> entry.getKey() + "=" + value.apply(entry.getValue()))
                .collect(Collectors.joining(" "));
    }
}
