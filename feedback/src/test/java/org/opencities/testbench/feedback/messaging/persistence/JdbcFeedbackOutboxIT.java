package org.opencities.testbench.feedback.messaging.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.feedback.FeedbackModule;
import org.opencities.testbench.feedback.TestDatabases;
import org.opencities.testbench.feedback.messaging.FeedbackOutboxMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The feedback outbox on H2 (PostgreSQL mode) and on a real PostgreSQL, in transactions as the relay runs it. */
class JdbcFeedbackOutboxIT {

    static Stream<DataSource> databasesToTest() {
        return Stream.of(TestDatabases.h2(), TestDatabases.postgres());
    }

    /** The outbox as the application has it: each relay in a transaction of its own. */
    record TransactionalOutbox(JdbcFeedbackOutbox outbox, TransactionTemplate transactions, JdbcClient jdbc) {

        static TransactionalOutbox emptyOn(DataSource database) {
            FeedbackModule.migrations(database).migrate();
            JdbcClient.create(database).sql("DELETE FROM feedback.outbox_message").update();
            return new TransactionalOutbox(new JdbcFeedbackOutbox(JdbcClient.create(database)),
                    new TransactionTemplate(new DataSourceTransactionManager(database)), JdbcClient.create(database));
        }

        long waiting() {
            return jdbc.sql("SELECT COUNT(*) FROM feedback.outbox_message").query(Long.class).single();
        }

        int relay(int limit, List<FeedbackOutboxMessage> sent) {
            return transactions.execute(status -> outbox.relay(limit, sent::addAll));
        }
    }

    static FeedbackOutboxMessage message(String type) {
        return new FeedbackOutboxMessage(UUID.randomUUID(), type, "{\"type\":\"" + type + "\"}");
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void sendsTheOldestEventsFirstAndEachOnlyOnce(DataSource database) {
        var outbox = TransactionalOutbox.emptyOn(database);
        var first = message("response.submitted");
        var second = message("tester.reminded");
        var third = message("tester.erased");
        List.of(first, second, third).forEach(outbox.outbox()::add);
        var sent = new ArrayList<FeedbackOutboxMessage>();
        assertThat(outbox.waiting()).isEqualTo(3);

        assertThat(outbox.relay(2, sent)).isEqualTo(2);
        assertThat(sent).containsExactly(first, second);
        assertThat(outbox.waiting()).isEqualTo(1);
        assertThat(outbox.relay(2, sent)).isEqualTo(1);
        assertThat(outbox.relay(2, sent)).isZero();
        assertThat(outbox.waiting()).isZero();
        assertThat(sent).containsExactly(first, second, third);
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void keepsTheEventsWhenTheyCouldNotBeSent(DataSource database) {
        var outbox = TransactionalOutbox.emptyOn(database);
        var waiting = message("response.submitted");
        outbox.outbox().add(waiting);

        assertThatThrownBy(() -> outbox.transactions().execute(status -> outbox.outbox().relay(10, messages -> {
            throw new IllegalStateException("broker down");
        }))).hasMessage("broker down");

        var sent = new ArrayList<FeedbackOutboxMessage>();
        assertThat(outbox.relay(10, sent)).isEqualTo(1);
        assertThat(sent).containsExactly(waiting);
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void relaysRunningAtTheSameTimeShareTheEventsInsteadOfSendingThemTwice(DataSource database) throws Exception {
        var outbox = TransactionalOutbox.emptyOn(database);
        var messages = Stream.generate(() -> message("response.submitted")).limit(4).toList();
        messages.forEach(outbox.outbox()::add);
        var sending = new CountDownLatch(1);
        var mayFinish = new CountDownLatch(1);
        var sentBySlowRelay = new ArrayList<FeedbackOutboxMessage>();

        var slowRelay = CompletableFuture.supplyAsync(() -> outbox.transactions().execute(status -> outbox.outbox().relay(2, batch -> {
            sentBySlowRelay.addAll(batch);
            sending.countDown();
            try {
                mayFinish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })));
        assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();
        var sentByOtherRelay = new ArrayList<FeedbackOutboxMessage>();
        int other = outbox.relay(10, sentByOtherRelay);
        mayFinish.countDown();

        assertThat(slowRelay.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(other).isEqualTo(2);
        assertThat(sentBySlowRelay).containsExactlyElementsOf(messages.subList(0, 2));
        assertThat(sentByOtherRelay).containsExactlyElementsOf(messages.subList(2, 4));
        assertThat(outbox.relay(10, new ArrayList<>())).isZero();
    }
}
