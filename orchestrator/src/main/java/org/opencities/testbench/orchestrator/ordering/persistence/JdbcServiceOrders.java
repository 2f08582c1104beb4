package org.opencities.testbench.orchestrator.ordering.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import org.opencities.testbench.orchestrator.admission.persistence.DemandColumns;
import org.opencities.testbench.orchestrator.ordering.Cancellation;
import org.opencities.testbench.orchestrator.ordering.OrderDetails;
import org.opencities.testbench.orchestrator.ordering.OrderNotCancellable;
import org.opencities.testbench.orchestrator.ordering.OrderQuery;
import org.opencities.testbench.orchestrator.ordering.OrderState;
import org.opencities.testbench.orchestrator.ordering.OrderStateChanged;
import org.opencities.testbench.orchestrator.ordering.ServiceOrder;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderAcknowledged;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderCancellationRequested;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderCreated;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderItem;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders.ItemRef;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderNotFound;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.opencities.testbench.orchestrator.platform.CountsByState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders and their items in two tables. Every change locks the order's row first, so that items
 * moved at the same time derive the order's state from each other's writes.
 */
@Repository
class JdbcServiceOrders implements ServiceOrders {

    /**
     * Order ids are time-ordered UUIDs (version 7: a millisecond timestamp, then 74 random bits), so
     * that the orders of a moment, their items, sagas and services sit side by side in the indexes
     * keyed by them, and a commit rewrites a few index pages instead of one per order in each.
     */
    private static final TimeBasedEpochGenerator TIME_ORDERED = Generators.timeBasedEpochGenerator();
    private static final String FILTER = " WHERE (:state IS NULL OR state = :state)"
            + " AND (:externalId IS NULL OR external_id = :externalId)"
            + " AND (:category IS NULL OR category = :category)"
            + " AND (:priority IS NULL OR priority = :priority)";
    /**
     * States of items still to finish, as a list the state index can look up: a NOT IN of the
     * terminal ones reads every item ever ordered.
     */
    private static final List<String> UNFINISHED = Arrays.stream(OrderState.values())
            .filter(state -> !state.terminal()).map(OrderState::name).toList();

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    JdbcServiceOrders(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    @Override
    public Optional<ServiceOrder> find(String orderId) {
        return jdbc.sql("SELECT * FROM orchestrator.service_order WHERE id = :id")
                .param("id", orderId)
                .query((rs, n) -> order(rs, List.of()))
                .optional()
                .map(order -> withItems(List.of(order)).get(0));
    }

    @Override
    @Transactional
    public ServiceOrder create(ServiceOrder draft) {
        String id = TIME_ORDERED.generate().toString();
        Instant now = now();
        var items = draft.items().stream()
                .map(item -> new ServiceOrderItem(item.id(), item.action(),
                        item.state() == OrderState.REJECTED ? OrderState.REJECTED : OrderState.ACKNOWLEDGED,
                        item.service(), item.state() == OrderState.REJECTED ? item.errorMessage() : null))
                .toList();
        var state = OrderState.derive(items.stream().map(ServiceOrderItem::state).toList());
        var details = draft.details();
        jdbc.sql("""
                INSERT INTO orchestrator.service_order (id, external_id, description, priority, category, state, order_date,
                        requested_start_date, requested_completion_date, completion_date, notes, related_parties)
                VALUES (:id, :externalId, :description, :priority, :category, :state, :orderDate,
                        :requestedStart, :requestedCompletion, :completion, :notes, :parties)""")
                .param("id", id)
                .param("externalId", draft.externalId(), Types.VARCHAR)
                .param("description", draft.description(), Types.VARCHAR)
                .param("priority", details.priority(), Types.VARCHAR)
                .param("category", details.category(), Types.VARCHAR)
                .param("state", state.name())
                .param("orderDate", timestamp(now))
                .param("requestedStart", timestamp(details.requestedStartDate()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("requestedCompletion", timestamp(details.requestedCompletionDate()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("completion", timestamp(state.terminal() ? now : null), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("notes", json.writeValueAsString(details.notes()))
                .param("parties", json.writeValueAsString(details.relatedParties()))
                .update();
        for (int position = 0; position < items.size(); position++) {
            insertItem(id, position, items.get(position));
        }
        var stored = new ServiceOrder(id, draft.externalId(), draft.description(), state, now, null,
                state.terminal() ? now : null, items, details);
        events.publishEvent(new ServiceOrderCreated(id));
        if (items.stream().anyMatch(item -> item.state() == OrderState.ACKNOWLEDGED)) {
            events.publishEvent(new ServiceOrderAcknowledged(stored));
        }
        return stored;
    }

    @Override
    public Optional<ServiceOrderItem> item(ItemRef ref) {
        return jdbc.sql("SELECT * FROM orchestrator.service_order_item WHERE order_id = :orderId AND id = :id")
                .param("orderId", ref.orderId())
                .param("id", ref.itemId())
                .query((rs, n) -> ItemRows.item(rs, json))
                .optional();
    }

    @Override
    @Transactional
    public void moveItem(String orderId, String itemId, OrderState state, String errorMessage) {
        var order = lockedStates(orderId);
        if (!order.items().containsKey(itemId)) {
            throw new ServiceOrderNotFound("item of order " + orderId, itemId);
        }
        jdbc.sql("UPDATE orchestrator.service_order_item SET state = :state, error_message = :error"
                        + " WHERE order_id = :orderId AND id = :itemId")
                .param("state", state.name())
                .param("error", errorMessage, Types.VARCHAR)
                .param("orderId", orderId)
                .param("itemId", itemId)
                .update();
        order.items().put(itemId, state);
        var derived = OrderState.derive(List.copyOf(order.items().values()));
        Instant now = now();
        Instant start = order.startDate() == null && state == OrderState.IN_PROGRESS ? now : order.startDate();
        Instant completion = derived.terminal() ? (order.completionDate() == null ? now : order.completionDate()) : null;
        jdbc.sql("UPDATE orchestrator.service_order SET state = :state, start_date = :start, completion_date = :completion"
                        + " WHERE id = :id")
                .param("state", derived.name())
                .param("start", timestamp(start), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("completion", timestamp(completion), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("id", orderId)
                .update();
        if (derived != order.state()) {
            events.publishEvent(new OrderStateChanged(orderId, order.externalId(), derived.tmfName(), order.state().tmfName()));
        }
    }

    @Override
    public List<ItemRef> unfinishedItems(int limit) {
        return jdbc.sql("""
                SELECT i.order_id, i.id FROM orchestrator.service_order_item i
                JOIN orchestrator.service_order o ON o.id = i.order_id
                WHERE i.state IN (:unfinished)
                ORDER BY o.order_date, o.id, i.item_position
                FETCH FIRST :limit ROWS ONLY""")
                .param("unfinished", UNFINISHED)
                .param("limit", limit)
                .query((rs, n) -> new ItemRef(rs.getString("order_id"), rs.getString("id")))
                .list();
    }

    @Override
    public List<ServiceOrder> page(OrderQuery query, int offset, int limit) {
        var orders = filtered(jdbc.sql("SELECT * FROM orchestrator.service_order" + FILTER
                + " ORDER BY order_date DESC, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"), query)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> order(rs, List.of()))
                .list();
        return withItems(orders);
    }

    @Override
    public long count(OrderQuery query) {
        return filtered(jdbc.sql("SELECT COUNT(*) FROM orchestrator.service_order" + FILTER), query)
                .query(Long.class)
                .single();
    }

    @Override
    public Map<OrderState, Long> countByState() {
        return CountsByState.of(jdbc, "orchestrator.service_order", "state", OrderState.class);
    }

    @Override
    @Transactional
    public ServiceOrder amend(String orderId, String externalId, String description, OrderDetails details) {
        lockedStates(orderId);
        jdbc.sql("""
                UPDATE orchestrator.service_order SET external_id = :externalId, description = :description,
                       priority = :priority, category = :category, requested_start_date = :requestedStart,
                       requested_completion_date = :requestedCompletion, notes = :notes, related_parties = :parties
                WHERE id = :id""")
                .param("externalId", externalId, Types.VARCHAR)
                .param("description", description, Types.VARCHAR)
                .param("priority", details.priority(), Types.VARCHAR)
                .param("category", details.category(), Types.VARCHAR)
                .param("requestedStart", timestamp(details.requestedStartDate()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("requestedCompletion", timestamp(details.requestedCompletionDate()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("notes", json.writeValueAsString(details.notes()))
                .param("parties", json.writeValueAsString(details.relatedParties()))
                .param("id", orderId)
                .update();
        return find(orderId).orElseThrow();
    }

    @Override
    @Transactional
    public Cancellation requestCancellation(String orderId, String reason) {
        var order = lockedStates(orderId);
        if (order.state().terminal()) {
            throw new OrderNotCancellable(orderId, order.state());
        }
        var cancellation = new Cancellation(UUID.randomUUID().toString(), orderId, reason, now());
        jdbc.sql("INSERT INTO orchestrator.cancel_service_order (id, order_id, reason, requested_date)"
                        + " VALUES (:id, :orderId, :reason, :requested)")
                .param("id", cancellation.id())
                .param("orderId", orderId)
                .param("reason", reason, Types.VARCHAR)
                .param("requested", timestamp(cancellation.requestedDate()))
                .update();
        jdbc.sql("UPDATE orchestrator.service_order SET cancellation_reason = :reason, cancellation_date = :date WHERE id = :id")
                .param("reason", reason, Types.VARCHAR)
                .param("date", timestamp(cancellation.requestedDate()))
                .param("id", orderId)
                .update();
        order.items().forEach((itemId, state) -> {
            if (!state.terminal()) {
                moveItem(orderId, itemId, OrderState.ASSESSING_CANCELLATION, null);
            }
        });
        events.publishEvent(new ServiceOrderCancellationRequested(orderId, cancellation.id()));
        return cancellation;
    }

    @Override
    public Optional<Cancellation> findCancellation(String cancellationId) {
        return jdbc.sql("SELECT * FROM orchestrator.cancel_service_order WHERE id = :id")
                .param("id", cancellationId)
                .query((rs, n) -> new Cancellation(rs.getString("id"), rs.getString("order_id"), rs.getString("reason"),
                        instant(rs, "requested_date")))
                .optional();
    }

    /**
     * The order's states, read with its row locked until the transaction ends: its state, dates and
     * external id, and its items' states; not their services, notes or parties, whose JSON moving an
     * item (twice per provisioned item), amending or cancelling would parse for nothing. Every change
     * of an order's items starts here, so the order's row is always the first lock taken, and the
     * items read after it are those the last change committed.
     * <p>
     * The row is locked by an update that changes nothing rather than by {@code SELECT ... FOR UPDATE}:
     * H2 parses a statement with {@code FOR UPDATE} anew at every execution (it never caches one), and
     * that parse was 4 % of the group commit's thread, the thread every order waits for.
     */
    private OrderStates lockedStates(String orderId) {
        // an unknown order locks nothing and reads nothing: the read below answers that it is not found
        jdbc.sql("UPDATE orchestrator.service_order SET state = state WHERE id = :id")
                .param("id", orderId)
                .update();
        return jdbc.sql("""
                SELECT o.external_id, o.state AS order_state, o.start_date, o.completion_date,
                       i.id AS item_id, i.state AS item_state
                FROM orchestrator.service_order o JOIN orchestrator.service_order_item i ON i.order_id = o.id
                WHERE o.id = :id ORDER BY i.item_position""")
                .param("id", orderId)
                .query(rs -> {
                    OrderStates order = null;
                    while (rs.next()) {
                        if (order == null) {
                            order = new OrderStates(rs.getString("external_id"), OrderState.valueOf(rs.getString("order_state")),
                                    instant(rs, "start_date"), instant(rs, "completion_date"), new LinkedHashMap<>());
                        }
                        order.items().put(rs.getString("item_id"), OrderState.valueOf(rs.getString("item_state")));
                    }
                    return Optional.ofNullable(order);
                })
                .orElseThrow(() -> new ServiceOrderNotFound("service order", orderId));
    }

    /** An order's states as {@link #lockedStates} reads them, its items' by item id. */
    private record OrderStates(String externalId, OrderState state, Instant startDate, Instant completionDate,
            Map<String, OrderState> items) {
    }

    private JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec statement, OrderQuery query) {
        return statement
                .param("state", query.state() == null ? null : query.state().name(), Types.VARCHAR)
                .param("externalId", query.externalId(), Types.VARCHAR)
                .param("category", query.category(), Types.VARCHAR)
                .param("priority", query.priority(), Types.VARCHAR);
    }

    private void insertItem(String orderId, int position, ServiceOrderItem item) {
        var service = item.service();
        jdbc.sql("INSERT INTO orchestrator.service_order_item (order_id, id, item_position, action, state, service_id,"
                        + " specification_id, city, pilot_id, characteristics, error_message, " + DemandColumns.COLUMNS + ")"
                        + " VALUES (:orderId, :id, :position, :action, :state, :serviceId, :specificationId, :city,"
                        + " :pilotId, :characteristics, :error, " + DemandColumns.NAMED_PARAMETERS + ")")
                .params(DemandColumns.parameters(service.demand()))
                .param("orderId", orderId)
                .param("id", item.id())
                .param("position", position)
                .param("action", item.action().name())
                .param("state", item.state().name())
                .param("serviceId", service.serviceId(), Types.VARCHAR)
                .param("specificationId", service.specificationId(), Types.VARCHAR)
                .param("city", service.city(), Types.VARCHAR)
                .param("pilotId", service.pilotId(), Types.VARCHAR)
                .param("characteristics", json.writeValueAsString(new LinkedHashMap<>(service.characteristics())))
                .param("error", item.errorMessage(), Types.VARCHAR)
                .update();
    }

    private List<ServiceOrder> withItems(List<ServiceOrder> orders) {
        if (orders.isEmpty()) {
            return orders;
        }
        var itemsByOrder = new LinkedHashMap<String, List<ServiceOrderItem>>();
        orders.forEach(order -> itemsByOrder.put(order.id(), new ArrayList<>()));
        jdbc.sql("SELECT * FROM orchestrator.service_order_item WHERE order_id IN (:ids) ORDER BY order_id, item_position")
                .param("ids", List.copyOf(itemsByOrder.keySet()))
                .query(rs -> {
                    itemsByOrder.get(rs.getString("order_id")).add(ItemRows.item(rs, json));
                });
        return orders.stream()
                .map(order -> new ServiceOrder(order.id(), order.externalId(), order.description(), order.state(),
                        order.orderDate(), order.startDate(), order.completionDate(), itemsByOrder.get(order.id()),
                        order.details()))
                .toList();
    }

    private ServiceOrder order(ResultSet rs, List<ServiceOrderItem> items) throws SQLException {
        var details = new OrderDetails(rs.getString("priority"), rs.getString("category"),
                instant(rs, "requested_start_date"), instant(rs, "requested_completion_date"),
                rs.getString("cancellation_reason"), instant(rs, "cancellation_date"),
                json.readValue(rs.getString("notes"), new TypeReference<List<OrderDetails.Note>>() { }),
                json.readValue(rs.getString("related_parties"), new TypeReference<List<OrderDetails.Party>>() { }));
        return new ServiceOrder(rs.getString("id"), rs.getString("external_id"), rs.getString("description"),
                OrderState.valueOf(rs.getString("state")), instant(rs, "order_date"), instant(rs, "start_date"),
                instant(rs, "completion_date"), items, details);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
