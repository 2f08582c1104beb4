package org.opencities.testbench.feedback.report.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.opencities.testbench.feedback.report.ReportFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The condition on {@code response r} a pilot and a report filter make, with its parameters. */
record ResponseCondition(String sql, Map<String, Object> params) {

    static ResponseCondition of(String pilotId, ReportFilter filter) {
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
        return new ResponseCondition(sql.toString(), params);
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
