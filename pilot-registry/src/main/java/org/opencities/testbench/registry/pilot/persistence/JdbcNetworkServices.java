package org.opencities.testbench.registry.pilot.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.opencities.testbench.registry.pilot.NetworkService;
import org.opencities.testbench.registry.pilot.NetworkServiceState;
import org.opencities.testbench.registry.pilot.NetworkServices;
import org.opencities.testbench.registry.pilot.PilotId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcNetworkServices implements NetworkServices {

    private final JdbcClient jdbc;

    JdbcNetworkServices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void save(String serviceId, PilotId pilotId, String segmentId, NetworkServiceState state, Instant at) {
        var when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        // Update first: an event for a known service is the common case, and no upsert is portable to H2.
        int updated = jdbc.sql("""
                UPDATE registry.network_service SET state = :state, updated_at = :at,
                    segment_id = CASE WHEN :segment = '' THEN segment_id ELSE :segment END
                WHERE service_id = :id AND pilot_id = :pilot""")
                .param("state", state.name())
                .param("at", when)
                .param("segment", segmentId)
                .param("id", serviceId)
                .param("pilot", pilotId.value())
                .update();
        // A service id reported for another pilot fails the insert: the event goes to the dead letters, visibly.
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO registry.network_service (service_id, pilot_id, segment_id, state, first_seen_at, updated_at)
                    VALUES (:id, :pilot, :segment, :state, :at, :at)""")
                    .param("id", serviceId)
                    .param("pilot", pilotId.value())
                    .param("segment", segmentId)
                    .param("state", state.name())
                    .param("at", when)
                    .update();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NetworkService> find(String serviceId) {
        return jdbc.sql("SELECT * FROM registry.network_service WHERE service_id = :id")
                .param("id", serviceId)
                .query((rs, n) -> service(rs))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<NetworkService> of(PilotId pilotId) {
        return jdbc.sql("SELECT * FROM registry.network_service WHERE pilot_id = :pilot ORDER BY first_seen_at, service_id")
                .param("pilot", pilotId.value())
                .query((rs, n) -> service(rs))
                .list();
    }

    @Override
    @Transactional
    public void openAlarm(String alarmId, String serviceId, String problem, Instant at) {
        jdbc.sql("""
                INSERT INTO registry.network_service_alarm (alarm_id, service_id, problem, raised_at)
                VALUES (:alarm, :service, :problem, :at) ON CONFLICT DO NOTHING""")
                .param("alarm", alarmId)
                .param("service", serviceId)
                .param("problem", problem.length() > 1000 ? problem.substring(0, 1000) : problem)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    @Override
    @Transactional
    public Optional<String> clearAlarm(String alarmId) {
        var service = jdbc.sql("SELECT service_id FROM registry.network_service_alarm WHERE alarm_id = :alarm")
                .param("alarm", alarmId)
                .query(String.class)
                .optional();
        jdbc.sql("DELETE FROM registry.network_service_alarm WHERE alarm_id = :alarm").param("alarm", alarmId).update();
        return service;
    }

    private NetworkService service(ResultSet rs) throws SQLException {
        String serviceId = rs.getString("service_id");
        var alarms = jdbc.sql("SELECT alarm_id FROM registry.network_service_alarm WHERE service_id = :service")
                .param("service", serviceId)
                .query(String.class)
                .list();
        return new NetworkService(serviceId, new PilotId(rs.getString("pilot_id")), rs.getString("segment_id"),
                NetworkServiceState.valueOf(rs.getString("state")), new HashSet<>(alarms),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
