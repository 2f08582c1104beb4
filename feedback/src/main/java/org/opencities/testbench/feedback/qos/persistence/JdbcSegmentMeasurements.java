package org.opencities.testbench.feedback.qos.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.opencities.testbench.feedback.qos.Measurement;
import org.opencities.testbench.feedback.qos.Measurements;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSegmentMeasurements implements Measurements {

    private final JdbcClient jdbc;

    JdbcSegmentMeasurements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Measurement measurement) {
        jdbc.sql("""
                INSERT INTO feedback.segment_measurement (run_id, segment_id, tool, ended_at, rtt_median_ms, rtt_p95_ms,
                    jitter_ms, loss_ratio, throughput_mbps)
                VALUES (:run, :segment, :tool, :ended, :median, :p95, :jitter, :loss, :throughput)
                ON CONFLICT DO NOTHING""")
                .param("run", measurement.runId()).param("segment", measurement.segmentId()).param("tool", measurement.tool())
                .param("ended", utc(measurement.endedAt())).param("median", measurement.rttMedianMs())
                .param("p95", measurement.rttP95Ms()).param("jitter", measurement.jitterMs())
                .param("loss", measurement.lossRatio()).param("throughput", measurement.throughputMbps())
                .update();
    }

    @Override
    public List<Measurement> of(String segmentId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT * FROM feedback.segment_measurement WHERE segment_id = :segment AND ended_at BETWEEN :from AND :to
                ORDER BY ended_at""")
                .param("segment", segmentId).param("from", utc(from)).param("to", utc(to))
                .query((rs, n) -> measurement(rs)).list();
    }

    private static Measurement measurement(ResultSet rs) throws SQLException {
        return new Measurement(rs.getString("run_id"), rs.getString("segment_id"), rs.getString("tool"),
                rs.getObject("ended_at", OffsetDateTime.class).toInstant(), nullable(rs, "rtt_median_ms"),
                nullable(rs, "rtt_p95_ms"), nullable(rs, "jitter_ms"), nullable(rs, "loss_ratio"),
                nullable(rs, "throughput_mbps"));
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
