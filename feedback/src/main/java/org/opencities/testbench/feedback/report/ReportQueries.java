package org.opencities.testbench.feedback.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The aggregates reports are made of, added up from what is stored of the responses. */
public interface ReportQueries {

    /**
     * What the pilot's responses that the filter covers add up to: how many, each score's statistics,
     * the NPS groups and the counts of each item's answers, free text excepted.
     */
    Aggregates aggregates(String pilotId, ReportFilter filter);

    /**
     * Score statistics and NPS groups of all the pilot's responses and of each value of each
     * {@link Dimension}, for open data.
     */
    List<Breakdown> breakdowns(String pilotId);

    /** The aggregates of a set of responses. */
    record Aggregates(int responses, Map<String, ScoreStatistics> scores, NpsCounts nps, List<ItemCount> items) {
    }

    /** NPS answers counted as promoters (9-10), passives (7-8) and detractors (0-6). */
    record NpsCounts(int promoters, int passives, int detractors) {

        public int n() {
            return promoters + passives + detractors;
        }
    }

    /**
     * How the responses answered one item: how many answered it and how many gave each value (chose
     * each option, for a multiple choice, so the counts may add up to more than {@code responses}).
     */
    record ItemCount(String key, int responses, Map<String, Integer> counts) {
    }

    /** The attributes open data breaks responses down by; the segment is left out as too close to a household. */
    enum Dimension {
        ALL, CITY, LANGUAGE, DEVICE, PLATFORM;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One value of a dimension (empty for {@link Dimension#ALL} and for a missing device or platform)
     * with its score statistics and NPS groups.
     */
    record Breakdown(Dimension dimension, String value, Map<String, ScoreStatistics> scores, NpsCounts nps) {
    }
}
