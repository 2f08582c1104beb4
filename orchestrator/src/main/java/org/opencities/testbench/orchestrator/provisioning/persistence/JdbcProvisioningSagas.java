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
import java.util.stream.Stream;

import org.opencities.testbench.orchestrator.ordering.ItemAction;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders.ItemRef;
import org.opencities.testbench.orchestrator.ordering.persistence.ItemRows;
import org.opencities.testbench.orchestrator.platform.CountsByState;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSaga;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSagas;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningStep;
import org.opencities.testbench.orchestrator.provisioning.SagaStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Sagas in {@code orchestrator.provisioning_saga}; claims and leases are single conditional updates. */
@Repository
class JdbcProvisioningSagas implements ProvisioningSagas {

    private static final String SAGA = "orchestrator.provisioning_saga";
    /** Sagas not ended, as a list the status index can look up: a NOT IN of the ended ones reads every saga ever run. */
    private static final String NOT_ENDED = Arrays.stream(SagaStatus.values()).filter(status -> !status.terminal())
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ", "status IN (", ")"));

    /**
     * The columns {@link #saga} reads, each as {@code saga_<column>}: for reading a saga beside its
     * order item, whose columns share names with its own.
     */
    private static final String PREFIXED = Stream.of("order_id", "item_id", "service_id", "action", "step", "status", "attempts",
                    "cancel_requested", "last_error", "created_at", "updated_at")
            .map(column -> "s." + column + " AS saga_" + column).collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcProvisioningSagas(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<ProvisioningSaga> find(ItemRef item) {
        return jdbc.sql("SELECT * FROM " + SAGA + " WHERE order_id = ? AND item_id = ?")
                .params(item.orderId(), item.itemId()).query((rs, n) -> saga(rs, "")).optional();
    }

    @Override
    public Optional<WithItem> findWithItem(ItemRef item) {
        return jdbc.sql("SELECT i.*, " + PREFIXED + " FROM " + SAGA + " s JOIN orchestrator.service_order_item i"
                        + " ON i.order_id = s.order_id AND i.id = s.item_id WHERE s.order_id = ? AND s.item_id = ?")
                .params(item.orderId(), item.itemId())
                .query((rs, n) -> new WithItem(saga(rs, "saga_"), ItemRows.item(rs, json)))
                .optional();
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

    /** The saga in the current row, its columns' names starting with {@code prefix}. */
    private static ProvisioningSaga saga(ResultSet rs, String prefix) throws SQLException {
        return new ProvisioningSaga(new ItemRef(rs.getString(prefix + "order_id"), rs.getString(prefix + "item_id")),
                rs.getString(prefix + "service_id"), ItemAction.valueOf(rs.getString(prefix + "action")),
                ProvisioningStep.valueOf(rs.getString(prefix + "step")), SagaStatus.valueOf(rs.getString(prefix + "status")),
                rs.getInt(prefix + "attempts"), rs.getBoolean(prefix + "cancel_requested"), rs.getString(prefix + "last_error"),
                rs.getObject(prefix + "created_at", OffsetDateTime.class).toInstant(),
                rs.getObject(prefix + "updated_at", OffsetDateTime.class).toInstant());
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
