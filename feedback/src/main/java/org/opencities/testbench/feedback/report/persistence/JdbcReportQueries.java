package org.opencities.testbench.feedback.report.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opencities.testbench.feedback.report.ReportFilter;
import org.opencities.testbench.feedback.report.ReportQueries;
import org.opencities.testbench.feedback.report.ScoreStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Report aggregates as grouped SQL over {@code response}, {@code response_score} and
 * {@code response_answer}, so that only sums travel to the application however many responses a
 * pilot has. Means and sample variances come from the database ({@code AVG}, {@code VAR_SAMP}).
 */
@Repository
class JdbcReportQueries implements ReportQueries {

    private final JdbcClient jdbc;

    JdbcReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int responses(String pilotId, ReportFilter filter) {
        var where = Where.of(pilotId, filter);
        return where.bind(jdbc.sql("SELECT COUNT(*) FROM feedback.response r WHERE " + where.sql()))
                .query(Integer.class).single();
    }

    @Override
    public Map<String, ScoreStatistics> scores(String pilotId, ReportFilter filter) {
        var where = Where.of(pilotId, filter);
        var scores = new HashMap<String, ScoreStatistics>();
        where.bind(jdbc.sql("""
                SELECT s.score_key, COUNT(*) AS n, AVG(s.score) AS mean, VAR_SAMP(s.score) AS variance
                FROM feedback.response r JOIN feedback.response_score s ON s.response_id = r.id
                WHERE %s GROUP BY s.score_key""".formatted(where.sql())))
                .query((rs, row) -> new ScoreStatistics(rs.getString("score_key"), rs.getInt("n"), rs.getDouble("mean"),
                        rs.getObject("variance") == null ? null : rs.getDouble("variance")))
                .list().forEach(statistics -> scores.put(statistics.scoreKey(), statistics));
        return scores;
    }

    @Override
    public int[] npsGroups(String pilotId, ReportFilter filter) {
        var where = Where.of(pilotId, filter);
        return where.bind(jdbc.sql("""
                SELECT %s FROM feedback.response r JOIN feedback.response_score s ON s.response_id = r.id
                WHERE %s AND s.score_key = 'nps'""".formatted(NPS_GROUPS, where.sql())))
                .query((rs, row) -> new int[] {rs.getInt("promoters"), rs.getInt("passives"), rs.getInt("detractors")})
                .single();
    }

    @Override
    public List<AnswerCount> answerCounts(String pilotId, ReportFilter filter, Set<String> singleChoiceKeys) {
        var where = Where.of(pilotId, filter);
        // Free text never leaves the database: only numbers, selections and the listed single choices count.
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
        return statement.query((rs, row) -> {
            int whole = rs.getInt("whole_value");
            String value = rs.wasNull() ? rs.getString("text_value") : Integer.toString(whole);
            return new AnswerCount(rs.getString("answer_key"), value, rs.getInt("answers"), rs.getInt("firsts"));
        }).list();
    }

    @Override
    public List<Cell> scoresBy(String pilotId, Dimension dimension) {
        String column = column(dimension);
        return jdbc.sql("""
                SELECT %1$s AS cell, s.score_key, COUNT(*) AS n, AVG(s.score) AS mean, VAR_SAMP(s.score) AS variance
                FROM feedback.response r JOIN feedback.response_score s ON s.response_id = r.id
                WHERE r.pilot_id = :pilot GROUP BY %1$s, s.score_key""".formatted(column))
                .param("pilot", pilotId)
                .query((rs, row) -> new Cell(rs.getString("cell"), new ScoreStatistics(rs.getString("score_key"),
                        rs.getInt("n"), rs.getDouble("mean"), rs.getObject("variance") == null ? null : rs.getDouble("variance"))))
                .list();
    }

    @Override
    public List<NpsCell> npsGroupsBy(String pilotId, Dimension dimension) {
        String column = column(dimension);
        return jdbc.sql("""
                SELECT %1$s AS cell, %2$s
                FROM feedback.response r JOIN feedback.response_score s ON s.response_id = r.id
                WHERE r.pilot_id = :pilot AND s.score_key = 'nps' GROUP BY %1$s""".formatted(column, NPS_GROUPS))
                .param("pilot", pilotId)
                .query((rs, row) -> new NpsCell(rs.getString("cell"), rs.getInt("promoters"), rs.getInt("passives"),
                        rs.getInt("detractors")))
                .list();
    }

    private static final String NPS_GROUPS = """
            COALESCE(SUM(CASE WHEN s.score >= 9 THEN 1 ELSE 0 END), 0) AS promoters,
            COALESCE(SUM(CASE WHEN s.score >= 7 AND s.score < 9 THEN 1 ELSE 0 END), 0) AS passives,
            COALESCE(SUM(CASE WHEN s.score < 7 THEN 1 ELSE 0 END), 0) AS detractors""";

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

    /** The condition on {@code response r} a filter makes, with its parameters. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(String pilotId, ReportFilter filter) {
            var sql = new StringBuilder("r.pilot_id = :pilot");
            var params = new HashMap<String, Object>();
            params.put("pilot", pilotId);
            equal(sql, params, "r.city", "city", filter.city());
            equal(sql, params, "r.language", "language", filter.language());
            equal(sql, params, "r.device", "device", filter.device());
            equal(sql, params, "r.platform", "platform", filter.platform());
            equal(sql, params, "r.segment_code", "segment", filter.segment());
            if (filter.from() != null) {
                sql.append(" AND r.submitted_at >= :from");
                params.put("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
            }
            if (filter.to() != null) {
                sql.append(" AND r.submitted_at < :to");
                params.put("to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
            }
            return new Where(sql.toString(), params);
        }

        private static void equal(StringBuilder sql, Map<String, Object> params, String column, String name, Object value) {
            if (value != null) {
                sql.append(" AND ").append(column).append(" = :").append(name);
                params.put(name, value);
            }
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.params(params);
        }
    }
}
