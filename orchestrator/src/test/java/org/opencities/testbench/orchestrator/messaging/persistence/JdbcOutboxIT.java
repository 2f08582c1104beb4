package org.opencities.testbench.orchestrator.messaging.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.orchestrator.TestDatabases;
import org.opencities.testbench.orchestrator.messaging.OutboxMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The outbox on H2 (PostgreSQL mode) and on a real PostgreSQL 14, in transactions as the relay runs it. */
class JdbcOutboxIT {

    static EmbeddedPostgres postgres;
    static DataSource h2;

    @BeforeAll
    static void databases() {
        postgres = TestDatabases.ownPostgres();
        h2 = TestDatabases.h2();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    static Stream<DataSource> databasesToTest() {
        return Stream.of(h2, postgres.getPostgresDatabase());
    }

    /** The outbox as the application has it: each relay in a transaction of its own. */
    record TransactionalOutbox(JdbcOutbox outbox, TransactionTemplate transactions) {

        static TransactionalOutbox emptyOn(DataSource database) {
            JdbcClient.create(database).sql("DELETE FROM orchestrator.outbox_message").update();
            return new TransactionalOutbox(new JdbcOutbox(JdbcClient.create(database), JsonMapper.builder().build()),
                    new TransactionTemplate(new DataSourceTransactionManager(database)));
        }

        int relay(int limit, List<OutboxMessage> sent) {
            return relay(limit, EVERYTHING, sent);
        }

        int relay(int limit, Instant keptBefore, List<OutboxMessage> sent) {
            return transactions.execute(status -> outbox.relay(limit, keptBefore, sent::addAll));
        }
    }

    /** An instant after every message a test keeps. */
    static final Instant EVERYTHING = Instant.now().plus(Duration.ofDays(1));

    static OutboxMessage message(String type) {
        return new OutboxMessage(UUID.randomUUID(), "testbench.service.events", false, type, "{\"type\":\"" + type + "\"}", Map.of());
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void sendsTheOldestMessagesFirstAndEachOnlyOnce(DataSource database) {
        var outbox = TransactionalOutbox.emptyOn(database);
        var first = message("service.reserved");
        var second = message("service.activated");
        var third = message("order.stateChanged");
        List.of(first, second, third).forEach(outbox.outbox()::add);
        var sent = new ArrayList<OutboxMessage>();
        assertThat(outbox.outbox().waiting()).isEqualTo(3);

        assertThat(outbox.relay(2, sent)).isEqualTo(2);
        assertThat(sent).containsExactly(first, second);
        assertThat(outbox.outbox().waiting()).isEqualTo(1);
        assertThat(outbox.relay(2, sent)).isEqualTo(1);
        assertThat(outbox.relay(2, sent)).isZero();
        assertThat(outbox.outbox().waiting()).isZero();
        assertThat(sent).containsExactly(first, second, third);
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void sweepsOnlyMessagesKeptBeforeTheInstantItIsGivenAndRemovesOthersByTheirPlaces(DataSource database) {
        var outbox = TransactionalOutbox.emptyOn(database);
        var old = message("service.reserved");
        outbox.outbox().add(old);
        var between = Instant.now();
        await().until(() -> Instant.now().isAfter(between));
        var handedOff = message("service.activated");
        long place = outbox.outbox().add(handedOff);
        var sent = new ArrayList<OutboxMessage>();

        assertThat(outbox.relay(10, between, sent)).isEqualTo(1);
        assertThat(sent).containsExactly(old);
        assertThat(outbox.outbox().waiting()).isEqualTo(1);
        outbox.transactions().executeWithoutResult(status -> outbox.outbox().remove(List.of(place)));
        assertThat(outbox.outbox().waiting()).isZero();
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void keepsAQueueMessageWithThePropertiesItsConsumersSelectOn(DataSource database) {
        var outbox = TransactionalOutbox.emptyOn(database);
        var assignment = new OutboxMessage(UUID.randomUUID(), "testbench.probe.assignments", true, "measure.schedule",
                "{\"type\":\"measure.schedule\"}", Map.of("segmentId", "helsinki-co1-olt2-pon1"));
        outbox.outbox().add(assignment);
        outbox.outbox().add(message("service.activated"));
        var sent = new ArrayList<OutboxMessage>();

        outbox.relay(10, sent);

        assertThat(sent).hasSize(2).first().isEqualTo(assignment);
        assertThat(sent.get(1).anycast()).isFalse();
        assertThat(sent.get(1).properties()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void keepsTheMessagesWhenTheyCouldNotBeSent(DataSource database) {
        var outbox = TransactionalOutbox.emptyOn(database);
        var waiting = message("service.reserved");
        outbox.outbox().add(waiting);

        assertThatThrownBy(() -> outbox.transactions().execute(status -> outbox.outbox().relay(10, EVERYTHING, messages -> {
            throw new IllegalStateException("broker down");
        }))).hasMessage("broker down");

        var sent = new ArrayList<OutboxMessage>();
        assertThat(outbox.relay(10, sent)).isEqualTo(1);
        assertThat(sent).containsExactly(waiting);
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void relaysRunningAtTheSameTimeShareTheMessagesInsteadOfSendingThemTwice(DataSource database) throws Exception {
        var outbox = TransactionalOutbox.emptyOn(database);
        var messages = Stream.generate(() -> message("service.reserved")).limit(4).toList();
        messages.forEach(outbox.outbox()::add);
        var sending = new CountDownLatch(1);
        var mayFinish = new CountDownLatch(1);
        var sentBySlowRelay = new ArrayList<OutboxMessage>();

        var slowRelay = CompletableFuture.supplyAsync(() -> outbox.transactions().execute(status -> outbox.outbox().relay(2, EVERYTHING, batch -> {
            sentBySlowRelay.addAll(batch);
            sending.countDown();
            try {
                mayFinish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })));
        assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outbox.outbox().waiting()).isEqualTo(4);
        var sentByOtherRelay = new ArrayList<OutboxMessage>();
        int other = outbox.relay(10, sentByOtherRelay);
        mayFinish.countDown();

        assertThat(slowRelay.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(other).isEqualTo(2);
        assertThat(sentBySlowRelay).containsExactlyElementsOf(messages.subList(0, 2));
        assertThat(sentByOtherRelay).containsExactlyElementsOf(messages.subList(2, 4));
        assertThat(outbox.relay(10, new ArrayList<>())).isZero();
    }
}
