package org.opencities.testbench.feedback.report.persistence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.opencities.testbench.feedback.report.ReportFilter;
import org.opencities.testbench.feedback.report.ReportQueries;
import org.opencities.testbench.feedback.report.ReportSheet;
import org.opencities.testbench.feedback.report.ReportTally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Report aggregates from the report sheets of the responses a filter selects: one indexed pass over
 * {@code response} joined to {@code report_sheet} by its key, one row per response, added up by
 * {@link ReportTally}. The filter applies to the response rows themselves, so an erasure (which
 * clears a response's device, platform and segment) shows in reports at once.
 */
@Repository
class JdbcReportQueries implements ReportQueries {

    private final JdbcClient jdbc;

    JdbcReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Aggregates aggregates(String pilotId, ReportFilter filter) {
        var condition = ResponseCondition.of(pilotId, filter);
        var tally = new ReportTally();
        condition.bind(jdbc.sql("""
                SELECT s.answers, s.scores FROM feedback.response r JOIN feedback.report_sheet s ON s.response_id = r.id
                WHERE %s""".formatted(condition.sql())))
                .query(rs -> {
                    tally.add(new ReportSheet(rs.getString(1), rs.getString(2)));
                });
        return tally.aggregates();
    }

    @Override
    public List<Breakdown> breakdowns(String pilotId) {
        var tallies = new EnumMap<Dimension, Map<String, ReportTally>>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            tallies.put(dimension, new HashMap<>());
        }
        jdbc.sql("""
                SELECT r.city, r.language, r.device, r.platform, s.scores
                FROM feedback.response r JOIN feedback.report_sheet s ON s.response_id = r.id WHERE r.pilot_id = :pilot""")
                .param("pilot", pilotId)
                .query(rs -> {
                    var sheet = new ReportSheet("", rs.getString("scores"));
                    add(tallies, Dimension.ALL, "", sheet);
                    add(tallies, Dimension.CITY, rs.getString("city"), sheet);
                    add(tallies, Dimension.LANGUAGE, rs.getString("language"), sheet);
                    add(tallies, Dimension.DEVICE, Objects.toString(rs.getString("device"), ""), sheet);
                    add(tallies, Dimension.PLATFORM, Objects.toString(rs.getString("platform"), ""), sheet);
                });
        var breakdowns = new ArrayList<Breakdown>();
        tallies.forEach((dimension, byValue) -> byValue.forEach((value, tally) ->
                breakdowns.add(new Breakdown(dimension, value, tally.scores(), tally.nps()))));
        return breakdowns;
    }

    private static void add(Map<Dimension, Map<String, ReportTally>> tallies, Dimension dimension, String value,
            ReportSheet sheet) {
        tallies.get(dimension).computeIfAbsent(value, v -> new ReportTally()).add(sheet);
    }
}
