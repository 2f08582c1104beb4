package org.opencities.testbench.orchestrator.provisioning.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.orchestrator.TestDatabases;
import org.opencities.testbench.orchestrator.ordering.ItemAction;
import org.opencities.testbench.orchestrator.ordering.OrderState;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders.ItemRef;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSaga;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSagas.Claim;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningStep;
import org.opencities.testbench.orchestrator.provisioning.SagaStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The saga store on H2 (PostgreSQL mode) and on a real PostgreSQL 14. */
class JdbcProvisioningSagasIT {

    static EmbeddedPostgres postgres;
    static DataSource h2;
    static int items;

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

    static ItemRef newItem() {
        return new ItemRef("so-" + (++items), "1");
    }

    static JdbcProvisioningSagas sagas(DataSource database) {
        return new JdbcProvisioningSagas(JdbcClient.create(database), JsonMapper.builder().build());
    }

    /** A new add item's saga, stored at its first step for service {@code svc-a}. */
    static ItemRef startedSaga(JdbcProvisioningSagas sagas) {
        var item = newItem();
        sagas.startIfAbsent(item, "svc-a", ItemAction.ADD, ProvisioningStep.VALIDATE);
        return item;
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void startsASagaOnceAndReadsItBack(DataSource database) {
        var sagas = sagas(database);
        var item = newItem();

        assertThat(sagas.startIfAbsent(item, "svc-a", ItemAction.ADD, ProvisioningStep.VALIDATE)).isTrue();
        assertThat(sagas.startIfAbsent(item, "svc-b", ItemAction.ADD, ProvisioningStep.VALIDATE)).isFalse();

        var saga = sagas.find(item).orElseThrow();
        assertThat(saga.serviceId()).isEqualTo("svc-a");
        assertThat(saga.step()).isEqualTo(ProvisioningStep.VALIDATE);
        assertThat(saga.status()).isEqualTo(SagaStatus.RUNNING);
        assertThat(saga.cancelRequested()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void readsASagaWithItsOrderItemAndNothingForAnItemWithoutOne(DataSource database) {
        var sagas = sagas(database);
        var jdbc = JdbcClient.create(database);
        var item = newItem();
        jdbc.sql("INSERT INTO orchestrator.service_order (id, state, order_date, notes, related_parties)"
                + " VALUES (?, 'ACKNOWLEDGED', CURRENT_TIMESTAMP, '[]', '[]')").params(item.orderId()).update();
        jdbc.sql("INSERT INTO orchestrator.service_order_item (order_id, id, item_position, action, state, service_id, city,"
                + " down_cir_kbps, down_cbs_bytes, down_pir_kbps, down_pbs_bytes, down_gir_kbps, characteristics)"
                + " VALUES (?, ?, 0, 'ADD', 'ACKNOWLEDGED', NULL, 'oulu', 100, 0, 1000, 0, 0, '{\"city\":\"oulu\"}')")
                .params(item.orderId(), item.itemId()).update();

        assertThat(sagas.findWithItem(item)).as("an item whose saga is not stored yet").isEmpty();

        sagas.startIfAbsent(item, "svc-assigned", ItemAction.ADD, ProvisioningStep.VALIDATE);
        var read = sagas.findWithItem(item).orElseThrow();

        assertThat(read.saga()).isEqualTo(sagas.find(item).orElseThrow());
        assertThat(read.saga().serviceId()).as("the saga's service, not the item's").isEqualTo("svc-assigned");
        assertThat(read.item().id()).isEqualTo(item.itemId());
        assertThat(read.item().state()).isEqualTo(OrderState.ACKNOWLEDGED);
        assertThat(read.item().service().serviceId()).isNull();
        assertThat(read.item().service().city()).isEqualTo("oulu");
        assertThat(read.item().service().demand().downstream().pirKbps()).isEqualTo(1000);
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void letsOneRunnerClaimASagaUntilItsClaimLapses(DataSource database) {
        var sagas = sagas(database);
        var item = startedSaga(sagas);
        var now = Instant.now();

        assertThat(sagas.claim(item, new Claim("runner-1", now.plusSeconds(60)))).get()
                .extracting(ProvisioningSaga::serviceId).isEqualTo("svc-a");
        assertThat(sagas.claim(item, new Claim("runner-2", now.plusSeconds(60)))).isEmpty();
        assertThat(sagas.claim(item, new Claim("runner-1", now.plusSeconds(120)))).as("renewal").isPresent();

        var lapsed = newItem();
        sagas.startIfAbsent(lapsed, "svc-b", ItemAction.ADD, ProvisioningStep.VALIDATE);
        sagas.claim(lapsed, new Claim("runner-1", now.minusSeconds(1)));
        assertThat(sagas.claim(lapsed, new Claim("runner-2", now.plusSeconds(60)))).isPresent();
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void movesStepsKeepsTheErrorAndReleasesTheClaimWhenEnded(DataSource database) {
        var sagas = sagas(database);
        var item = startedSaga(sagas);
        var claim = new Claim("runner-1", Instant.now().plusSeconds(60));
        sagas.claim(item, claim);

        assertThat(sagas.move(item, claim, ProvisioningStep.VALIDATE, ProvisioningStep.REMOVE_CONFIGURATION,
                SagaStatus.COMPENSATING, "segment full")).isTrue();
        sagas.retried(item);
        assertThat(sagas.move(item, claim, ProvisioningStep.REMOVE_CONFIGURATION, ProvisioningStep.TERMINATE,
                SagaStatus.FAILED, null)).isTrue();

        var saga = sagas.find(item).orElseThrow();
        assertThat(saga.status()).isEqualTo(SagaStatus.FAILED);
        assertThat(saga.lastError()).isEqualTo("segment full");
        assertThat(saga.attempts()).isEqualTo(1);
        assertThat(sagas.claim(item, new Claim("runner-2", Instant.now().plusSeconds(60)))).as("an ended saga is never claimed").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void takesTheClaimWithAMoveFromTheStepItIsAtWhenNobodyHoldsIt(DataSource database) {
        var sagas = sagas(database);
        var item = startedSaga(sagas);
        var first = new Claim("runner-1", Instant.now().plusSeconds(60));

        assertThat(sagas.move(item, first, ProvisioningStep.VALIDATE, ProvisioningStep.CONFIGURE, SagaStatus.RUNNING, null))
                .as("first move of a saga nobody holds").isTrue();
        assertThat(sagas.claim(item, new Claim("runner-2", Instant.now().plusSeconds(60)))).as("held by the first move").isEmpty();
        assertThat(sagas.move(item, new Claim("runner-2", Instant.now().plusSeconds(60)), ProvisioningStep.CONFIGURE,
                ProvisioningStep.ACTIVATE, SagaStatus.RUNNING, null)).as("another runner while the claim holds").isFalse();

        sagas.claim(item, new Claim("runner-1", Instant.now().minusSeconds(1)));
        assertThat(sagas.move(item, new Claim("runner-3", Instant.now().plusSeconds(60)), ProvisioningStep.VALIDATE,
                ProvisioningStep.CONFIGURE, SagaStatus.RUNNING, null)).as("a runner that read the saga at an older step").isFalse();
        assertThat(sagas.move(item, new Claim("runner-2", Instant.now().plusSeconds(60)), ProvisioningStep.CONFIGURE,
                ProvisioningStep.ACTIVATE, SagaStatus.RUNNING, null)).as("the claim lapsed").isTrue();
        assertThat(sagas.find(item).orElseThrow().step()).isEqualTo(ProvisioningStep.ACTIVATE);
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void movesOnlyForTheRunnerThatHoldsTheClaimAndNotForwardWhileACancellationWaits(DataSource database) {
        var sagas = sagas(database);
        var item = startedSaga(sagas);
        var holder = new Claim("runner-1", Instant.now().plusSeconds(60));
        sagas.claim(item, holder);

        assertThat(sagas.move(item, new Claim("runner-2", Instant.now().plusSeconds(60)), ProvisioningStep.VALIDATE, ProvisioningStep.RESERVE,
                SagaStatus.RUNNING, null)).as("another runner").isFalse();
        sagas.requestCancellation(item, "svc-a", ItemAction.ADD, ProvisioningStep.VALIDATE);
        assertThat(sagas.move(item, holder, ProvisioningStep.VALIDATE, ProvisioningStep.RESERVE, SagaStatus.RUNNING, null))
                .as("forward while cancelling").isFalse();
        assertThat(sagas.move(item, holder, ProvisioningStep.VALIDATE, ProvisioningStep.COMPLETE, SagaStatus.COMPLETED, null))
                .as("complete while cancelling").isFalse();
        assertThat(sagas.move(item, holder, ProvisioningStep.VALIDATE, ProvisioningStep.REMOVE_CONFIGURATION,
                SagaStatus.CANCELLING, "cancelled")).isTrue();

        var saga = sagas.find(item).orElseThrow();
        assertThat(saga.step()).isEqualTo(ProvisioningStep.REMOVE_CONFIGURATION);
        assertThat(saga.status()).isEqualTo(SagaStatus.CANCELLING);
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void findsStalledSagasButNotClaimedOrEndedOnes(DataSource database) {
        var sagas = sagas(database);
        var stalled = newItem();
        var claimed = newItem();
        var ended = newItem();
        for (var item : new ItemRef[] {stalled, claimed, ended}) {
            sagas.startIfAbsent(item, "svc-" + item.orderId(), ItemAction.ADD, ProvisioningStep.VALIDATE);
        }
        sagas.claim(claimed, new Claim("runner-1", Instant.now().plusSeconds(60)));
        var endedClaim = new Claim("runner-2", Instant.now().plusSeconds(60));
        sagas.claim(ended, endedClaim);
        sagas.move(ended, endedClaim, ProvisioningStep.VALIDATE, ProvisioningStep.COMPLETE, SagaStatus.COMPLETED, null);

        var found = sagas.stalled(Instant.now().plus(Duration.ofSeconds(1)), 10_000);

        assertThat(found).contains(stalled).doesNotContain(claimed, ended);
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void marksCancellationOnANewOrAnExistingSaga(DataSource database) {
        var sagas = sagas(database);
        var existing = newItem();
        var fresh = newItem();
        sagas.startIfAbsent(existing, "svc-a", ItemAction.ADD, ProvisioningStep.VALIDATE);

        sagas.requestCancellation(existing, "svc-a", ItemAction.ADD, ProvisioningStep.VALIDATE);
        sagas.requestCancellation(fresh, "svc-b", ItemAction.ADD, ProvisioningStep.VALIDATE);

        assertThat(sagas.find(existing).orElseThrow().cancelRequested()).isTrue();
        assertThat(sagas.find(fresh).orElseThrow().cancelRequested()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("databasesToTest")
    void grantsALeaseToOneHolderAtATime(DataSource database) {
        var sagas = sagas(database);
        String lease = "resume";
        JdbcClient.create(database).sql("UPDATE orchestrator.provisioning_lease SET holder = NULL, held_until = NULL").update();

        assertThat(sagas.lease(lease, "replica-1", Instant.now().plusSeconds(60))).isTrue();
        assertThat(sagas.lease(lease, "replica-2", Instant.now().plusSeconds(60))).isFalse();
        assertThat(sagas.lease(lease, "replica-1", Instant.now().minusSeconds(1))).as("renewed, then lapsed").isTrue();
        assertThat(sagas.lease(lease, "replica-2", Instant.now().plusSeconds(60))).isTrue();
        assertThat(sagas.countByStatus()).containsOnlyKeys(SagaStatus.values());
        assertThat(sagas.countByStatus().get(SagaStatus.RUNNING)).isPositive();
    }
}
