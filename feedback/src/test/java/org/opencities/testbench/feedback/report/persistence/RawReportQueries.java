package org.opencities.testbench.feedback.report.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opencities.testbench.feedback.report.ReportFilter;
import org.opencities.testbench.feedback.report.ReportQueries;
import org.opencities.testbench.feedback.report.ScoreStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reference the report sheets are checked against: the same aggregates computed straight from
 * the raw rows — {@code COUNT}, {@code AVG} and {@code VAR_SAMP} over {@code response_score}, NPS
 * groups by score, and answers grouped by key and value over {@code response_answer} — as reports
 * did before sheets existed.
 */
final class RawReportQueries implements ReportQueries {

    private static final String NPS_GROUPS = """
            COALESCE(SUM(CASE WHEN s.score >= 9 THEN 1 ELSE 0 END), 0) AS promoters,
            COALESCE(SUM(CASE WHEN s.score >= 7 AND s.score < 9 THEN 1 ELSE 0 END), 0) AS passives,
            COALESCE(SUM(CASE WHEN s.score < 7 THEN 1 ELSE 0 END), 0) AS detractors""";

    private final JdbcClient jdbc;
    private final Set<String> singleChoiceKeys;

    RawReportQueries(JdbcClient jdbc, Set<String> singleChoiceKeys) {
        this.jdbc = jdbc;
        this.singleChoiceKeys = singleChoiceKeys;
    }

    @Override
    public Aggregates aggregates(String pilotId, ReportFilter filter) {
        var where = ResponseCondition.of(pilotId, filter);
        int responses = where.bind(jdbc.sql("SELECT COUNT(*) FROM feedback.response r WHERE " + where.sql()))
                .query(Integer.class).single();
        var scores = new HashMap<String, ScoreStatistics>();
        where.bind(jdbc.sql("""
                SELECT s.score_key, COUNT(*) AS n, AVG(s.score) AS mean, VAR_SAMP(s.score) AS variance
                FROM feedback.response r JOIN feedback.response_score s ON s.response_id = r.id
                WHERE %s GROUP BY s.score_key""".formatted(where.sql())))
                .query((rs, row) -> statistics(rs.getString("score_key"), rs))
                .list().forEach(statistics -> scores.put(statistics.scoreKey(), statistics));
        var nps = where.bind(jdbc.sql("""
                SELECT %s FROM feedback.response r JOIN feedback.response_score s ON s.response_id = r.id
                WHERE %s AND s.score_key = 'nps'""".formatted(NPS_GROUPS, where.sql())))
                .query((rs, row) -> new NpsCounts(rs.getInt("promoters"), rs.getInt("passives"), rs.getInt("detractors")))
                .single();
        String words = singleChoiceKeys.isEmpty() ? "" : " OR a.kind = 'words' AND a.answer_key IN (:choices)";
        var statement = where.bind(jdbc.sql("""
                SELECT a.answer_key, a.whole_value, a.text_value, COUNT(*) AS answers,
                       SUM(CASE WHEN a.position = 0 THEN 1 ELSE 0 END) AS firsts
                FROM feedback.response r JOIN feedback.response_answer a ON a.response_id = r.id
                WHERE %s AND (a.kind IN ('whole', 'selection')%s)
                GROUP BY a.answer_key, a.whole_value, a.text_value""".formatted(where.sql(), words)));
        if (!singleChoiceKeys.isEmpty()) {
            statement = statement.param("choices", List.copyOf(singleChoiceKeys));
        }
        var responsesPerKey = new HashMap<String, Integer>();
        var counts = new LinkedHashMap<String, Map<String, Integer>>();
        statement.query(rs -> {
            int whole = rs.getInt("whole_value");
            String value = rs.wasNull() ? rs.getString("text_value") : Integer.toString(whole);
            String key = rs.getString("answer_key");
            responsesPerKey.merge(key, rs.getInt("firsts"), Integer::sum);
            counts.computeIfAbsent(key, k -> new HashMap<>()).put(value, rs.getInt("answers"));
        });
        var items = new ArrayList<ItemCount>();
        counts.forEach((key, values) -> items.add(new ItemCount(key, responsesPerKey.get(key), values)));
        return new Aggregates(responses, scores, nps, items);
    }

    @Override
    public List<Breakdown> breakdowns(String pilotId) {
        var breakdowns = new ArrayList<Breakdown>();
        for (Dimension dimension : Dimension.values()) {
            String column = column(dimension);
            var scores = new HashMap<String, Map<String, ScoreStatistics>>();
            jdbc.sql("""
                    SELECT %1$s AS cell, s.score_key, COUNT(*) AS n, AVG(s.score) AS mean, VAR_SAMP(s.score) AS variance
                    FROM feedback.response r JOIN feedback.response_score s ON s.response_id = r.id
                    WHERE r.pilot_id = :pilot GROUP BY %2$s, s.score_key""".formatted(column, grouping(dimension)))
                    .param("pilot", pilotId)
                    .query(rs -> {
                        scores.computeIfAbsent(rs.getString("cell"), cell -> new HashMap<>())
                                .put(rs.getString("score_key"), statistics(rs.getString("score_key"), rs));
                    });
            var nps = new HashMap<String, NpsCounts>();
            jdbc.sql("""
                    SELECT %1$s AS cell, %2$s
                    FROM feedback.response r JOIN feedback.response_score s ON s.response_id = r.id
                    WHERE r.pilot_id = :pilot AND s.score_key = 'nps' GROUP BY %3$s""".formatted(column, NPS_GROUPS,
                            grouping(dimension)))
                    .param("pilot", pilotId)
                    .query(rs -> {
                        nps.put(rs.getString("cell"), new NpsCounts(rs.getInt("promoters"), rs.getInt("passives"),
                                rs.getInt("detractors")));
                    });
            scores.forEach((cell, statistics) -> breakdowns.add(new Breakdown(dimension, cell, statistics,
                    nps.getOrDefault(cell, new NpsCounts(0, 0, 0)))));
        }
        return breakdowns;
    }

    private static ScoreStatistics statistics(String key, ResultSet rs) throws SQLException {
        return new ScoreStatistics(key, rs.getInt("n"), rs.getDouble("mean"),
                rs.getObject("variance") == null ? null : rs.getDouble("variance"));
    }

    /** What to group by: PostgreSQL refuses to group by a constant, and all responses share their pilot. */
    private static String grouping(Dimension dimension) {
        return dimension == Dimension.ALL ? "r.pilot_id" : column(dimension);
    }

    /** The response column a dimension groups by; a missing attribute counts as the empty value. */
    private static String column(Dimension dimension) {
        return switch (dimension) {
            case ALL -> "''";
            case CITY -> "r.city";
            case LANGUAGE -> "r.language";
            case DEVICE -> "COALESCE(r.device, '')";
            case PLATFORM -> "COALESCE(r.platform, '')";
        };
    }
}
