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
        // One tally per combination of the dimensions' values, each sheet added once, then summed per dimension.
        var combinations = new HashMap<List<String>, ReportTally>();
        jdbc.sql("""
                SELECT r.city, r.language, r.device, r.platform, s.scores
                FROM feedback.response r JOIN feedback.report_sheet s ON s.response_id = r.id WHERE r.pilot_id = :pilot""")
                .param("pilot", pilotId)
                .query(rs -> {
                    var combination = List.of(rs.getString("city"), rs.getString("language"),
                            Objects.toString(rs.getString("device"), ""), Objects.toString(rs.getString("platform"), ""));
                    combinations.computeIfAbsent(combination, c -> new ReportTally()).add(new ReportSheet("", rs.getString("scores")));
                });
        var tallies = new EnumMap<Dimension, Map<String, ReportTally>>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            tallies.put(dimension, new HashMap<>());
        }
        combinations.forEach((combination, tally) -> {
            add(tallies, Dimension.ALL, "", tally);
            add(tallies, Dimension.CITY, combination.get(0), tally);
            add(tallies, Dimension.LANGUAGE, combination.get(1), tally);
            add(tallies, Dimension.DEVICE, combination.get(2), tally);
            add(tallies, Dimension.PLATFORM, combination.get(3), tally);
        });
        var breakdowns = new ArrayList<Breakdown>();
        tallies.forEach((dimension, byValue) -> byValue.forEach((value, tally) ->
                breakdowns.add(new Breakdown(dimension, value, tally.scores(), tally.nps()))));
        return breakdowns;
    }

    private static void add(Map<Dimension, Map<String, ReportTally>> tallies, Dimension dimension, String value,
            ReportTally tally) {
        tallies.get(dimension).computeIfAbsent(value, v -> new ReportTally()).add(tally);
    }
}
