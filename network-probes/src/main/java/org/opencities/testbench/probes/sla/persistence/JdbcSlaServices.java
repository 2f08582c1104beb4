package org.opencities.testbench.probes.sla.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.opencities.testbench.probes.sla.AcceptanceCriteria;
import org.opencities.testbench.probes.sla.Indicator;
import org.opencities.testbench.probes.sla.RaisedAlarm;
import org.opencities.testbench.probes.sla.SlaServices;
import org.opencities.testbench.probes.sla.WatchedService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SLA state in three tables. Writes that may meet an existing row use {@code ON CONFLICT DO
 * NOTHING} (inserts) or an update first, since an upsert that replaces is spelt differently by
 * H2 and PostgreSQL. The primary key of {@code sla_alarm} is the service, so two consumers racing
 * to raise an alarm for one service store one.
 */
@Repository
class JdbcSlaServices implements SlaServices {

    private final JdbcClient jdbc;

    JdbcSlaServices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void criteria(String pilotId, AcceptanceCriteria criteria) {
        int updated = jdbc.sql("""
                UPDATE probes.sla_criteria SET max_latency_ms = :latency, max_jitter_ms = :jitter, max_loss_ratio = :loss
                WHERE pilot_id = :pilot""")
                .params(criteriaParams(pilotId, criteria)).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO probes.sla_criteria (pilot_id, max_latency_ms, max_jitter_ms, max_loss_ratio)
                    VALUES (:pilot, :latency, :jitter, :loss) ON CONFLICT DO NOTHING""")
                    .params(criteriaParams(pilotId, criteria)).update();
        }
    }

    private static Map<String, Object> criteriaParams(String pilotId, AcceptanceCriteria criteria) {
        var params = new HashMap<String, Object>();
        params.put("pilot", pilotId);
        params.put("latency", criteria.maxLatencyMs());
        params.put("jitter", criteria.maxJitterMs());
        params.put("loss", criteria.maxLossRatio());
        return params;
    }

    @Override
    public void activated(String serviceId, String pilotId, String segmentId) {
        int updated = jdbc.sql("UPDATE probes.sla_service SET pilot_id = :pilot, segment_id = :segment WHERE service_id = :service")
                .param("service", serviceId).param("pilot", pilotId).param("segment", segmentId).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO probes.sla_service (service_id, pilot_id, segment_id) VALUES (:service, :pilot, :segment)
                    ON CONFLICT DO NOTHING""")
                    .param("service", serviceId).param("pilot", pilotId).param("segment", segmentId).update();
        }
    }

    @Override
    public void terminated(String serviceId) {
        jdbc.sql("DELETE FROM probes.sla_service WHERE service_id = :service").param("service", serviceId).update();
    }

    @Override
    public Optional<WatchedService> watched(String serviceId) {
        return jdbc.sql("""
                SELECT s.service_id, s.pilot_id, s.segment_id, c.max_latency_ms, c.max_jitter_ms, c.max_loss_ratio
                FROM probes.sla_service s JOIN probes.sla_criteria c ON c.pilot_id = s.pilot_id
                WHERE s.service_id = :service""")
                .param("service", serviceId)
                .query((rs, n) -> new WatchedService(rs.getString("service_id"), rs.getString("pilot_id"),
                        rs.getString("segment_id"), new AcceptanceCriteria(number(rs, "max_latency_ms"),
                                number(rs, "max_jitter_ms"), number(rs, "max_loss_ratio"))))
                .optional();
    }

    @Override
    public Optional<RaisedAlarm> raisedAlarm(String serviceId) {
        return jdbc.sql("SELECT * FROM probes.sla_alarm WHERE service_id = :service")
                .param("service", serviceId)
                .query((rs, n) -> alarm(rs))
                .optional();
    }

    @Override
    public boolean raise(RaisedAlarm alarm) {
        return jdbc.sql("""
                INSERT INTO probes.sla_alarm (service_id, alarm_id, segment_id, indicator, observed, threshold, raised_at)
                VALUES (:service, :alarm, :segment, :indicator, :observed, :threshold, :raisedAt) ON CONFLICT DO NOTHING""")
                .param("service", alarm.serviceId())
                .param("alarm", alarm.alarmId())
                .param("segment", alarm.segmentId())
                .param("indicator", alarm.indicator().name())
                .param("observed", alarm.observed())
                .param("threshold", alarm.threshold())
                .param("raisedAt", OffsetDateTime.ofInstant(alarm.raisedAt().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                .update() > 0;
    }

    @Override
    public boolean clear(String serviceId) {
        return jdbc.sql("DELETE FROM probes.sla_alarm WHERE service_id = :service").param("service", serviceId).update() > 0;
    }

    private static RaisedAlarm alarm(ResultSet rs) throws SQLException {
        return new RaisedAlarm(rs.getString("service_id"), rs.getString("alarm_id"), rs.getString("segment_id"),
                Indicator.valueOf(rs.getString("indicator")), rs.getDouble("observed"), rs.getDouble("threshold"),
                rs.getObject("raised_at", OffsetDateTime.class).toInstant());
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
