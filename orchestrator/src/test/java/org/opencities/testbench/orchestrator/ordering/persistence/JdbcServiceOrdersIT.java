package org.opencities.testbench.orchestrator.ordering.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.orchestrator.TestDatabases;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.ordering.ItemAction;
import org.opencities.testbench.orchestrator.ordering.OrderDetails;
import org.opencities.testbench.orchestrator.ordering.OrderNotCancellable;
import org.opencities.testbench.orchestrator.ordering.OrderQuery;
import org.opencities.testbench.orchestrator.ordering.OrderState;
import org.opencities.testbench.orchestrator.ordering.OrderStateChanged;
import org.opencities.testbench.orchestrator.ordering.RequestedService;
import org.opencities.testbench.orchestrator.ordering.ServiceOrder;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderAcknowledged;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderCancellationRequested;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderCreated;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderItem;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderNotFound;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders.ItemRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The JDBC service orders on H2 in PostgreSQL mode and on a real PostgreSQL 14. */
class JdbcServiceOrdersIT {

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2()), Arguments.of("PostgreSQL", TestDatabases.postgres()));
    }

    final List<Object> published = new CopyOnWriteArrayList<>();

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsWhatTheClientSentAndAcknowledgesTheOrder(String name, DataSource database) {
        var orders = orders(database);

        var order = orders.create(draft("pilot-" + UUID.randomUUID(), item("1", "helsinki"), item("2", "oulu")));

        var stored = orders.find(order.id()).orElseThrow();
        assertThat(order).as("the answer of create is what was stored").isEqualTo(stored);
        assertThat(orders.item(new ItemRef(order.id(), "2"))).contains(stored.items().get(1));
        assertThat(stored.state()).isEqualTo(OrderState.ACKNOWLEDGED);
        assertThat(stored.orderDate()).isNotNull();
        assertThat(stored.details().priority()).isEqualTo("1");
        assertThat(stored.details().category()).isEqualTo("trial");
        assertThat(stored.details().requestedStartDate()).isEqualTo(Instant.parse("2027-01-15T08:00:00Z"));
        assertThat(stored.details().notes()).extracting(OrderDetails.Note::text).containsExactly("for the citybike pilot");
        assertThat(stored.details().relatedParties()).extracting(OrderDetails.Party::role).containsExactly("requester");
        assertThat(stored.items()).extracting(ServiceOrderItem::id).containsExactly("1", "2");
        assertThat(stored.items().get(0).service().demand().downstream().pirKbps()).isEqualTo(100_000);
        assertThat(stored.items().get(0).service().characteristics()).containsEntry("maxLatencyMs", "30");
        assertThat(stored.items().get(0).service().characteristics().keySet()).startsWith("city", "downstreamCirKbps");
        assertThat(published).containsExactly(new ServiceOrderCreated(order.id()), new ServiceOrderAcknowledged(order));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void givesOrdersTimeOrderedIds(String name, DataSource database) {
        var orders = orders(database);

        var ids = IntStream.range(0, 20)
                .mapToObj(n -> orders.create(draft("pilot-" + UUID.randomUUID(), item("1", "helsinki"))).id())
                .toList();

        assertThat(ids).allSatisfy(id -> assertThat(UUID.fromString(id).version()).isEqualTo(7));
        assertThat(ids).as("ids created one after another sort in that order").isSorted().doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void derivesTheOrderStateStampsDatesAndPublishesEachChange(String name, DataSource database) {
        var orders = orders(database);
        var order = orders.create(draft("pilot-" + UUID.randomUUID(), item("1", "helsinki"), item("2", "oulu")));
        published.clear();

        orders.moveItem(order.id(), "1", OrderState.IN_PROGRESS, null);
        var started = orders.find(order.id()).orElseThrow();
        orders.moveItem(order.id(), "1", OrderState.COMPLETED, null);
        orders.moveItem(order.id(), "2", OrderState.FAILED, "segment helsinki-co1-olt1-pon1 refused");
        var finished = orders.find(order.id()).orElseThrow();

        assertThat(started.state()).isEqualTo(OrderState.IN_PROGRESS);
        assertThat(started.startDate()).isNotNull();
        assertThat(started.completionDate()).isNull();
        assertThat(finished.state()).isEqualTo(OrderState.PARTIAL);
        assertThat(finished.completionDate()).isNotNull();
        assertThat(finished.item("2").orElseThrow().errorMessage()).contains("refused");
        assertThat(published).containsExactly(
                new OrderStateChanged(order.id(), order.externalId(), "inProgress", "acknowledged"),
                new OrderStateChanged(order.id(), order.externalId(), "partial", "inProgress"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void listsUnfinishedItemsOldestOrderFirst(String name, DataSource database) {
        var orders = orders(database);
        var first = orders.create(draft("pilot-" + UUID.randomUUID(), item("1", "helsinki"), item("2", "oulu")));
        var second = orders.create(draft("pilot-" + UUID.randomUUID(), item("a", "paris")));
        orders.moveItem(first.id(), "1", OrderState.COMPLETED, null);

        var unfinished = orders.unfinishedItems(1_000);

        assertThat(unfinished).contains(new ItemRef(first.id(), "2"), new ItemRef(second.id(), "a"))
                .doesNotContain(new ItemRef(first.id(), "1"));
        assertThat(unfinished.indexOf(new ItemRef(first.id(), "2"))).isLessThan(unfinished.indexOf(new ItemRef(second.id(), "a")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void filtersAndCountsOrders(String name, DataSource database) {
        var orders = orders(database);
        String pilot = "pilot-" + UUID.randomUUID();
        orders.create(draft(pilot, item("1", "helsinki")));
        var other = orders.create(draft(pilot, item("1", "oulu")));
        orders.moveItem(other.id(), "1", OrderState.IN_PROGRESS, null);

        var query = new OrderQuery(OrderState.IN_PROGRESS, pilot, "trial", "1");

        assertThat(orders.count(new OrderQuery(null, pilot, null, null))).isEqualTo(2);
        assertThat(orders.count(query)).isEqualTo(1);
        assertThat(orders.page(query, 0, 10)).extracting(ServiceOrder::id).containsExactly(other.id());
        assertThat(orders.page(new OrderQuery(null, pilot, null, null), 1, 10)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void amendsOnlyWhatAClientMayEdit(String name, DataSource database) {
        var orders = orders(database);
        var order = orders.create(draft("pilot-" + UUID.randomUUID(), item("1", "helsinki")));

        var amended = orders.amend(order.id(), "ext-2", "new words",
                new OrderDetails("4", "trial", null, null, null, null, List.of(), List.of()));

        assertThat(amended.externalId()).isEqualTo("ext-2");
        assertThat(amended.description()).isEqualTo("new words");
        assertThat(amended.details().priority()).isEqualTo("4");
        assertThat(amended.details().notes()).isEmpty();
        assertThat(amended.items()).isEqualTo(order.items());
        assertThat(amended.state()).isEqualTo(order.state());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void cancellationMovesUnfinishedItemsAndRefusesFinishedOrders(String name, DataSource database) {
        var orders = orders(database);
        var order = orders.create(draft("pilot-" + UUID.randomUUID(), item("1", "helsinki"), item("2", "oulu")));
        orders.moveItem(order.id(), "1", OrderState.COMPLETED, null);
        published.clear();

        var cancellation = orders.requestCancellation(order.id(), "pilot postponed");

        var stored = orders.find(order.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(OrderState.PENDING_CANCELLATION);
        assertThat(stored.item("1").orElseThrow().state()).isEqualTo(OrderState.COMPLETED);
        assertThat(stored.item("2").orElseThrow().state()).isEqualTo(OrderState.ASSESSING_CANCELLATION);
        assertThat(stored.details().cancellationReason()).isEqualTo("pilot postponed");
        assertThat(orders.findCancellation(cancellation.id())).contains(cancellation);
        assertThat(published).contains(new ServiceOrderCancellationRequested(order.id(), cancellation.id()));

        orders.moveItem(order.id(), "2", OrderState.CANCELLED, null);
        assertThat(orders.find(order.id()).orElseThrow().state()).isEqualTo(OrderState.PARTIAL);
        assertThatThrownBy(() -> orders.requestCancellation(order.id(), "again")).isInstanceOf(OrderNotCancellable.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesRejectedDraftItemsWithTheirReason(String name, DataSource database) {
        var orders = orders(database);
        var rejected = new ServiceOrderItem("1", ItemAction.ADD, OrderState.REJECTED,
                new RequestedService(null, "pon-bandwidth", null, null, null, Map.of("city", "atlantis")), "no segment");

        var order = orders.create(draft("pilot-" + UUID.randomUUID(), rejected));

        assertThat(order.state()).isEqualTo(OrderState.REJECTED);
        assertThat(order.completionDate()).isNotNull();
        assertThat(order.items().get(0).errorMessage()).isEqualTo("no segment");
        assertThat(published).containsExactly(new ServiceOrderCreated(order.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void answersNotFoundForUnknownOrders(String name, DataSource database) {
        var orders = orders(database);

        assertThat(orders.find("nope")).isEmpty();
        assertThatThrownBy(() -> orders.moveItem("nope", "1", OrderState.COMPLETED, null))
                .isInstanceOf(ServiceOrderNotFound.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void itemsMovedAtTheSameTimeDeriveTheOrderStateFromEachOthersWrites(String name, DataSource database) throws Exception {
        var orders = orders(database);
        var order = orders.create(draft("pilot-" + UUID.randomUUID(), item("1", "helsinki"), item("2", "oulu")));
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
        var firstMoved = new CountDownLatch(1);
        var commitFirst = new CountDownLatch(1);
        var movers = Executors.newFixedThreadPool(2);
        try {
            var first = movers.submit(() -> transactions.executeWithoutResult(status -> {
                orders.moveItem(order.id(), "1", OrderState.COMPLETED, null);
                firstMoved.countDown();
                awaitQuietly(commitFirst);
            }));
            assertThat(firstMoved.await(10, TimeUnit.SECONDS)).isTrue();
            var second = movers.submit(() -> transactions.executeWithoutResult(status -> {
                if (name.equals("H2")) {
                    // H2 gives up on a lock after 2 s; a slow machine may take longer to see this one wait
                    JdbcClient.create(database).sql("SET LOCK_TIMEOUT 10000").update();
                }
                orders.moveItem(order.id(), "2", OrderState.COMPLETED, null);
            }));
            await().atMost(Duration.ofSeconds(10)).until(() -> sessionsWaitingForALock(name, database) > 0);

            commitFirst.countDown();

            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
        } finally {
            movers.shutdownNow();
        }
        assertThat(orders.find(order.id()).orElseThrow().state())
                .as("the second move waited for the first and saw its item completed").isEqualTo(OrderState.COMPLETED);
    }

    private static long sessionsWaitingForALock(String name, DataSource database) {
        return JdbcClient.create(database).sql(name.equals("PostgreSQL")
                        ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
                        : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")
                .query(Long.class).single();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JdbcServiceOrders orders(DataSource database) {
        // Without a transaction each statement commits on its own, which these checks allow.
        return new JdbcServiceOrders(JdbcClient.create(database), JsonMapper.builder().build(), published::add);
    }

    static ServiceOrder draft(String externalId, ServiceOrderItem... items) {
        var details = new OrderDetails("1", "trial", Instant.parse("2027-01-15T08:00:00Z"), null, null, null,
                List.of(new OrderDetails.Note(null, "operator", null, "for the citybike pilot")),
                List.of(new OrderDetails.Party("org-velo", null, "Velo", "requester", "RelatedParty", "Organization")));
        return new ServiceOrder(null, externalId, "citybike", null, null, null, null, List.of(items), details);
    }

    static ServiceOrderItem item(String id, String city) {
        var characteristics = new LinkedHashMap<String, String>();
        characteristics.put("city", city);
        characteristics.put("downstreamCirKbps", "20000");
        characteristics.put("downstreamPirKbps", "100000");
        characteristics.put("maxLatencyMs", "30");
        var demand = new Demand(BandwidthProfile.of(20_000, 100_000), BandwidthProfile.of(5_000, 20_000));
        return new ServiceOrderItem(id, ItemAction.ADD, null,
                new RequestedService(null, "pon-bandwidth", city, null, demand, characteristics), null);
    }
}
