package org.opencities.testbench.orchestrator.serviceinventory.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencities.testbench.orchestrator.admission.persistence.DemandColumns;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.platform.CountsByState;
import org.opencities.testbench.orchestrator.serviceinventory.Service;
import org.opencities.testbench.orchestrator.serviceinventory.ServiceState;
import org.opencities.testbench.orchestrator.serviceinventory.Services;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcServices implements Services {

    private static final String FILTER = " WHERE (:state IS NULL OR state = :state) AND (:pilot IS NULL OR pilot_id = :pilot)";
    private static final String VALUES = "order_id = :orderId, item_id = :itemId, pilot_id = :pilotId, city = :city,"
            + " segment_id = :segment, state = :state, start_date = :start, end_date = :end";

    private final JdbcClient jdbc;

    JdbcServices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Service> find(String serviceId) {
        return jdbc.sql("SELECT * FROM orchestrator.service WHERE id = :id")
                .param("id", serviceId)
                .query((rs, n) -> service(rs))
                .optional();
    }

    @Override
    @Transactional
    public void save(Service service) {
        int updated = bind(jdbc.sql("UPDATE orchestrator.service SET " + VALUES + ", "
                + DemandColumns.COLUMNS.replaceAll("(\\w+)", "$1 = :$1") + " WHERE id = :id"), service).update();
        if (updated == 0) {
            add(service);
        }
    }

    @Override
    public void add(Service service) {
        bind(jdbc.sql("INSERT INTO orchestrator.service (id, order_id, item_id, pilot_id, city, segment_id, state,"
                + " start_date, end_date, " + DemandColumns.COLUMNS + ") VALUES (:id, :orderId, :itemId, :pilotId,"
                + " :city, :segment, :state, :start, :end, " + DemandColumns.NAMED_PARAMETERS + ")"), service).update();
    }

    @Override
    public List<Service> page(Optional<ServiceState> state, Optional<String> pilotId, int offset, int limit) {
        return filtered(jdbc.sql("SELECT * FROM orchestrator.service" + FILTER
                + " ORDER BY id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"), state, pilotId)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> service(rs))
                .list();
    }

    @Override
    public long count(Optional<ServiceState> state, Optional<String> pilotId) {
        return filtered(jdbc.sql("SELECT COUNT(*) FROM orchestrator.service" + FILTER), state, pilotId)
                .query(Long.class)
                .single();
    }

    @Override
    public Map<ServiceState, Long> countByState() {
        return CountsByState.of(jdbc, "orchestrator.service", "state", ServiceState.class);
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec statement, Optional<ServiceState> state,
            Optional<String> pilotId) {
        return statement
                .param("state", state.map(ServiceState::name).orElse(null), Types.VARCHAR)
                .param("pilot", pilotId.orElse(null), Types.VARCHAR);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Service service) {
        return statement
                .params(DemandColumns.parameters(service.demand()))
                .param("id", service.id())
                .param("orderId", service.orderId(), Types.VARCHAR)
                .param("itemId", service.itemId(), Types.VARCHAR)
                .param("pilotId", service.pilotId(), Types.VARCHAR)
                .param("city", service.city(), Types.VARCHAR)
                .param("segment", service.segment() == null ? null : service.segment().value(), Types.VARCHAR)
                .param("state", service.state().name())
                .param("start", timestamp(service.startDate()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("end", timestamp(service.endDate()), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static Service service(ResultSet rs) throws SQLException {
        String segment = rs.getString("segment_id");
        return new Service(rs.getString("id"), rs.getString("order_id"), rs.getString("item_id"), rs.getString("pilot_id"),
                rs.getString("city"), segment == null ? null : new SegmentId(segment),
                ServiceState.valueOf(rs.getString("state")), DemandColumns.read(rs), instant(rs, "start_date"),
                instant(rs, "end_date"));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
