package org.opencities.testbench.probes.history.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.opencities.testbench.probes.history.Bucket;
import org.opencities.testbench.probes.history.Figures;
import org.opencities.testbench.probes.history.Measurement;
import org.opencities.testbench.probes.history.MeasurementQuery;
import org.opencities.testbench.probes.history.Measurements;
import org.opencities.testbench.probes.history.Statistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The history in one table. A run id already stored is skipped by {@code ON CONFLICT DO NOTHING},
 * which both databases accept. Buckets are computed by the database: the bucket of a run is
 * {@code (started_ms - from) / step} in integer arithmetic, and the 95th percentile is
 * {@code PERCENTILE_DISC(0.95) WITHIN GROUP (ORDER BY ...)}, the nearest-rank percentile in both.
 */
@Repository
class JdbcMeasurements implements Measurements {

    private static final String FILTER = """
            WHERE started_ms >= :fromMs AND started_ms < :toMs
              AND (CAST(:segment AS VARCHAR(80)) IS NULL OR segment_id = :segment)
              AND (CAST(:service AS VARCHAR(100)) IS NULL OR service_id = :service)
              AND (CAST(:tool AS VARCHAR(20)) IS NULL OR tool = :tool)""";

    private final JdbcClient jdbc;

    JdbcMeasurements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean record(Measurement run) {
        var figures = run.figures();
        return jdbc.sql("""
                INSERT INTO probes.measurement (run_id, assignment_id, agent_id, segment_id, service_id, tool, started_at,
                    started_ms, ended_at, ended_ms, failure_reason, rtt_min_ms, rtt_mean_ms, rtt_median_ms, rtt_p95_ms, rtt_max_ms,
                    jitter_ms, loss_ratio, throughput_bps, sent, received)
                VALUES (:runId, :assignmentId, :agentId, :segmentId, :serviceId, :tool, :startedAt, :startedMs, :endedAt,
                    :endedMs, :failureReason, :rttMin, :rttMean, :rttMedian, :rttP95, :rttMax, :jitter, :loss, :throughput, :sent,
                    :received)
                ON CONFLICT DO NOTHING""")
                .param("runId", run.runId())
                .param("assignmentId", run.assignmentId())
                .param("agentId", run.agentId())
                .param("segmentId", run.segmentId())
                .param("serviceId", run.serviceId())
                .param("tool", run.tool())
                .param("startedAt", stored(run.startedAt()))
                .param("startedMs", run.startedAt().toEpochMilli())
                .param("endedAt", stored(run.endedAt()))
                .param("endedMs", run.end().toEpochMilli())
                .param("failureReason", run.failureReason())
                .param("rttMin", figures.rttMinMs())
                .param("rttMean", figures.rttMeanMs())
                .param("rttMedian", figures.rttMedianMs())
                .param("rttP95", figures.rttP95Ms())
                .param("rttMax", figures.rttMaxMs())
                .param("jitter", figures.jitterMs())
                .param("loss", figures.lossRatio())
                .param("throughput", figures.throughputBitsPerSecond())
                .param("sent", figures.sent())
                .param("received", figures.received())
                .update() > 0;
    }

    @Override
    public List<Measurement> page(MeasurementQuery query, int offset, int limit) {
        return filtered("SELECT * FROM probes.measurement " + FILTER
                + " ORDER BY started_ms, run_id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY", query)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> measurement(rs))
                .list();
    }

    @Override
    public long count(MeasurementQuery query) {
        return filtered("SELECT COUNT(*) FROM probes.measurement " + FILTER, query).query(Long.class).single();
    }

    @Override
    public List<Bucket> buckets(MeasurementQuery query, Duration step) {
        return filtered("""
                SELECT bucket, COUNT(*) AS runs,
                    SUM(CASE WHEN failure_reason IS NULL THEN 0 ELSE 1 END) AS failed_runs,
                    MIN(rtt_min_ms) AS rtt_min, AVG(rtt_mean_ms) AS rtt_mean, MAX(rtt_max_ms) AS rtt_max,
                    PERCENTILE_DISC(0.95) WITHIN GROUP (ORDER BY rtt_p95_ms) AS rtt_p95,
                    MIN(jitter_ms) AS jitter_min, AVG(jitter_ms) AS jitter_mean, MAX(jitter_ms) AS jitter_max,
                    PERCENTILE_DISC(0.95) WITHIN GROUP (ORDER BY jitter_ms) AS jitter_p95,
                    MIN(loss_ratio) AS loss_min, AVG(loss_ratio) AS loss_mean, MAX(loss_ratio) AS loss_max,
                    PERCENTILE_DISC(0.95) WITHIN GROUP (ORDER BY loss_ratio) AS loss_p95,
                    MIN(throughput_bps) AS throughput_min, AVG(throughput_bps) AS throughput_mean,
                    MAX(throughput_bps) AS throughput_max,
                    PERCENTILE_DISC(0.95) WITHIN GROUP (ORDER BY throughput_bps) AS throughput_p95
                FROM (SELECT (started_ms - :fromMs) / :stepMs AS bucket, m.* FROM probes.measurement m
                """ + FILTER + """
                ) bucketed
                GROUP BY bucket
                ORDER BY bucket""", query)
                .param("stepMs", step.toMillis())
                .query((rs, n) -> new Bucket(query.from().plusMillis(rs.getLong("bucket") * step.toMillis()),
                        rs.getLong("runs"), rs.getLong("failed_runs"), statistics(rs, "rtt"), statistics(rs, "jitter"),
                        statistics(rs, "loss"), statistics(rs, "throughput")))
                .list();
    }

    @Override
    public List<Measurement> completedInWindow(String serviceId, Duration window) {
        return jdbc.sql("""
                SELECT * FROM probes.measurement WHERE service_id = :service AND failure_reason IS NULL
                  AND ended_ms > (SELECT MAX(ended_ms) FROM probes.measurement
                                  WHERE service_id = :service AND failure_reason IS NULL) - :windowMs
                ORDER BY ended_ms DESC, run_id DESC FETCH FIRST :max ROWS ONLY""")
                .param("service", serviceId)
                .param("windowMs", window.toMillis())
                .param("max", MAX_WINDOW_RUNS)
                .query((rs, n) -> measurement(rs))
                .list();
    }

    @Override
    public int deleteStartedBefore(Instant cutoff, int max) {
        // Up to the start of the max-th oldest run, found once on the started_ms index: H2 took 1.7 s
        // per batch of 1,000 for "run_id IN (SELECT ... FETCH FIRST)", PostgreSQL 90 ms.
        return jdbc.sql("""
                DELETE FROM probes.measurement WHERE started_ms < :cutoffMs AND started_ms <= (
                    SELECT MAX(started_ms) FROM (SELECT started_ms FROM probes.measurement WHERE started_ms < :cutoffMs
                                                 ORDER BY started_ms FETCH FIRST :max ROWS ONLY) oldest)""")
                .param("cutoffMs", cutoff.toEpochMilli())
                .param("max", max)
                .update();
    }

    private JdbcClient.StatementSpec filtered(String sql, MeasurementQuery query) {
        return jdbc.sql(sql)
                .param("fromMs", query.from().toEpochMilli())
                .param("toMs", query.to().toEpochMilli())
                .param("segment", query.segmentId())
                .param("service", query.serviceId())
                .param("tool", query.tool());
    }

    private static Statistics statistics(ResultSet rs, String figure) throws SQLException {
        return new Statistics(number(rs, figure + "_min"), number(rs, figure + "_mean"), number(rs, figure + "_max"),
                number(rs, figure + "_p95"));
    }

    private static Measurement measurement(ResultSet rs) throws SQLException {
        var figures = new Figures(number(rs, "rtt_min_ms"), number(rs, "rtt_mean_ms"), number(rs, "rtt_median_ms"),
                number(rs, "rtt_p95_ms"), number(rs, "rtt_max_ms"), number(rs, "jitter_ms"), number(rs, "loss_ratio"),
                number(rs, "throughput_bps"), integer(rs, "sent"), integer(rs, "received"));
        return new Measurement(rs.getString("run_id"), rs.getString("assignment_id"), rs.getString("agent_id"),
                rs.getString("segment_id"), rs.getString("service_id"), rs.getString("tool"), instant(rs, "started_at"),
                instant(rs, "ended_at"), figures, rs.getString("failure_reason"));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime stored(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
