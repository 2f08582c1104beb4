package org.opencities.testbench.orchestrator.quality.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencities.testbench.orchestrator.quality.OperatingStatus;
import org.opencities.testbench.orchestrator.quality.ServiceQualities;
import org.opencities.testbench.orchestrator.quality.ServiceQuality;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One row per service: an update, then an insert when there was none (no vendor-specific upsert). */
@Repository
class JdbcServiceQualities implements ServiceQualities {

    private final JdbcClient jdbc;

    JdbcServiceQualities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ServiceQuality> find(String serviceId) {
        return jdbc.sql("SELECT * FROM orchestrator.service_quality WHERE service_id = :service")
                .param("service", serviceId)
                .query((rs, n) -> quality(rs))
                .optional();
    }

    @Override
    public void save(ServiceQuality quality) {
        int updated = statement("""
                UPDATE orchestrator.service_quality SET status = :status, alarm_id = :alarm, indicator = :indicator,
                    observed_value = :observed, threshold_value = :threshold, since = :since
                WHERE service_id = :service""", quality).update();
        if (updated == 0) {
            statement("""
                    INSERT INTO orchestrator.service_quality
                        (service_id, status, alarm_id, indicator, observed_value, threshold_value, since)
                    VALUES (:service, :status, :alarm, :indicator, :observed, :threshold, :since)""", quality).update();
        }
    }

    @Override
    public Map<String, ServiceQuality> of(Collection<String> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT * FROM orchestrator.service_quality WHERE service_id IN (:services)")
                .param("services", serviceIds)
                .query((rs, n) -> quality(rs))
                .list().stream()
                .collect(Collectors.toMap(ServiceQuality::serviceId, Function.identity()));
    }

    private JdbcClient.StatementSpec statement(String sql, ServiceQuality quality) {
        return jdbc.sql(sql)
                .param("service", quality.serviceId())
                .param("status", quality.status().name())
                .param("alarm", quality.alarmId())
                .param("indicator", quality.indicator())
                .param("observed", quality.observedValue())
                .param("threshold", quality.thresholdValue())
                .param("since", OffsetDateTime.ofInstant(quality.since().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }

    private static ServiceQuality quality(ResultSet rs) throws SQLException {
        return new ServiceQuality(rs.getString("service_id"), OperatingStatus.valueOf(rs.getString("status")),
                rs.getString("alarm_id"), rs.getString("indicator"), rs.getString("observed_value"),
                rs.getString("threshold_value"), rs.getObject("since", OffsetDateTime.class).toInstant());
    }
}
