package org.opencities.testbench.orchestrator.provisioning.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.opencities.testbench.orchestrator.ordering.ItemAction;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders.ItemRef;
import org.opencities.testbench.orchestrator.platform.CountsByState;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSaga;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSagas;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningStep;
import org.opencities.testbench.orchestrator.provisioning.SagaStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sagas in {@code orchestrator.provisioning_saga}; claims and leases are single conditional updates. */
@Repository
class JdbcProvisioningSagas implements ProvisioningSagas {

    private static final String SAGA = "orchestrator.provisioning_saga";
    /** Sagas not ended, as a list the status index can look up: a NOT IN of the ended ones reads every saga ever run. */
    private static final String NOT_ENDED = Arrays.stream(SagaStatus.values()).filter(status -> !status.terminal())
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ", "status IN (", ")"));

    private final JdbcClient jdbc;

    JdbcProvisioningSagas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ProvisioningSaga> find(ItemRef item) {
        return jdbc.sql("SELECT * FROM " + SAGA + " WHERE order_id = ? AND item_id = ?")
                .params(item.orderId(), item.itemId()).query(JdbcProvisioningSagas::saga).optional();
    }

    @Override
    public boolean startIfAbsent(ItemRef item, String serviceId, ItemAction action, ProvisioningStep firstStep) {
        return insert(item, serviceId, action, firstStep, false);
    }

    @Override
    public Optional<ProvisioningSaga> claim(ItemRef item, Claim claim) {
        var now = now();
        boolean claimed = jdbc.sql("UPDATE " + SAGA + " SET claimed_by = ?, claimed_until = ? WHERE order_id = ? AND item_id = ? AND "
                        + NOT_ENDED + " AND (claimed_by IS NULL OR claimed_by = ? OR claimed_until < ?)")
                .params(claim.runner(), utc(claim.until()), item.orderId(), item.itemId(), claim.runner(), now)
                .update() == 1;
        return claimed ? find(item) : Optional.empty();
    }

    @Override
    public boolean move(ItemRef item, Claim claim, ProvisioningStep from, ProvisioningStep step, SagaStatus status,
            String lastError) {
        boolean ends = status.terminal();
        boolean forward = status == SagaStatus.RUNNING || status == SagaStatus.COMPLETED;
        var now = now();
        return jdbc.sql("UPDATE " + SAGA + " SET step = ?, status = ?, last_error = COALESCE(?, last_error), updated_at = ?,"
                        + " claimed_by = ?, claimed_until = ? WHERE order_id = ? AND item_id = ?"
                        + " AND (claimed_by = ? OR (step = ? AND " + NOT_ENDED + " AND (claimed_by IS NULL OR claimed_until < ?)))"
                        + " AND NOT (? AND cancel_requested AND action = 'ADD' AND status = 'RUNNING')")
                .params(step.name(), status.name(), truncated(lastError), now, ends ? null : claim.runner(),
                        ends ? null : utc(claim.until()), item.orderId(), item.itemId(), claim.runner(), from.name(), now, forward)
                .update() == 1;
    }

    @Override
    public void retried(ItemRef item) {
        jdbc.sql("UPDATE " + SAGA + " SET attempts = attempts + 1, updated_at = ? WHERE order_id = ? AND item_id = ?")
                .params(now(), item.orderId(), item.itemId()).update();
    }

    @Override
    public void requestCancellation(ItemRef item, String serviceId, ItemAction action, ProvisioningStep firstStep) {
        if (!insert(item, serviceId, action, firstStep, true)) {
            jdbc.sql("UPDATE " + SAGA + " SET cancel_requested = TRUE, updated_at = ? WHERE order_id = ? AND item_id = ?")
                    .params(now(), item.orderId(), item.itemId()).update();
        }
    }

    @Override
    public List<ItemRef> stalled(Instant before, int limit) {
        var now = now();
        return jdbc.sql("SELECT order_id, item_id FROM " + SAGA + " WHERE " + NOT_ENDED
                        + " AND updated_at < ? AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY updated_at LIMIT ?")
                .params(utc(before), now, limit)
                .query((rs, n) -> new ItemRef(rs.getString("order_id"), rs.getString("item_id"))).list();
    }

    @Override
    public Map<SagaStatus, Long> countByStatus() {
        return CountsByState.of(jdbc, SAGA, "status", SagaStatus.class);
    }

    @Override
    public boolean lease(String name, String holder, Instant until) {
        return jdbc.sql("UPDATE orchestrator.provisioning_lease SET holder = ?, held_until = ?"
                        + " WHERE name = ? AND (holder IS NULL OR holder = ? OR held_until < ?)")
                .params(holder, utc(until), name, holder, now()).update() == 1;
    }

    private boolean insert(ItemRef item, String serviceId, ItemAction action, ProvisioningStep firstStep, boolean cancel) {
        var now = now();
        return jdbc.sql("INSERT INTO " + SAGA + " (order_id, item_id, service_id, action, step, status, attempts, cancel_requested,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(item.orderId(), item.itemId(), serviceId, action.name(), firstStep.name(),
                        SagaStatus.RUNNING.name(), cancel, now, now)
                .update() == 1;
    }

    private static ProvisioningSaga saga(ResultSet rs, int row) throws SQLException {
        return new ProvisioningSaga(new ItemRef(rs.getString("order_id"), rs.getString("item_id")),
                rs.getString("service_id"), ItemAction.valueOf(rs.getString("action")),
                ProvisioningStep.valueOf(rs.getString("step")), SagaStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getBoolean("cancel_requested"), rs.getString("last_error"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static String truncated(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
