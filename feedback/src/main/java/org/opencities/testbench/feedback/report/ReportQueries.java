package org.opencities.testbench.feedback.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The aggregates reports are made of, computed where the responses are stored. */
public interface ReportQueries {

    /** How many of the pilot's responses the filter covers. */
    int responses(String pilotId, ReportFilter filter);

    /** Count, mean and sample variance of each stored score ({@code sus}, {@code ueq-s.hedonic}, …) by its key. */
    Map<String, ScoreStatistics> scores(String pilotId, ReportFilter filter);

    /** NPS answers counted as promoters, passives and detractors, in that order. */
    int[] npsGroups(String pilotId, ReportFilter filter);

    /**
     * Every answered item's answers counted by value, except free text: numbers, chosen options of
     * multiple choices, and the words of the single choices named in {@code singleChoiceKeys}.
     */
    List<AnswerCount> answerCounts(String pilotId, ReportFilter filter, Set<String> singleChoiceKeys);

    /** Score statistics broken down by one attribute of the responses, for open data. */
    List<Cell> scoresBy(String pilotId, Dimension dimension);

    /** NPS groups broken down by one attribute of the responses, for open data. */
    List<NpsCell> npsGroupsBy(String pilotId, Dimension dimension);

    /**
     * How many responses gave {@code value} for {@code key}; {@code responses} counts each response once
     * even where it chose several options.
     */
    record AnswerCount(String key, String value, int count, int responses) {
    }

    /** The attributes open data breaks responses down by; the segment is left out as too close to a household. */
    enum Dimension {
        ALL, CITY, LANGUAGE, DEVICE, PLATFORM;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One value of a dimension (empty for {@link Dimension#ALL}) and a score's statistics there. */
    record Cell(String value, ScoreStatistics statistics) {
    }

    /** One value of a dimension and the NPS groups there. */
    record NpsCell(String value, int promoters, int passives, int detractors) {
    }
}
