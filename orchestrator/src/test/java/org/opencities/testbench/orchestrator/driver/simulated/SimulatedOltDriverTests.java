package org.opencities.testbench.orchestrator.driver.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.OrchestratorModule;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.admission.TcontType;
import org.opencities.testbench.orchestrator.driver.DriverFailure;
import org.opencities.testbench.orchestrator.driver.simulated.FaultPlan.Operation;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.platform.GroupCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The simulated OLT on a real (in-memory) H2 with the module's migrations, and every fault kind. */
class SimulatedOltDriverTests {

    static final SegmentId SEGMENT = new SegmentId("oulu-co1-olt1-pon1");
    static final Demand DEMAND = new Demand(BandwidthProfile.of(20_000, 100_000), BandwidthProfile.of(5_000, 20_000));

    DataSource dataSource;
    FaultInjector faults;
    GroupCommit transactions;
    SimulatedOltDriver olt;

    @BeforeEach
    void emptyOlt() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:olt-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        dataSource = h2;
        OrchestratorModule.migrations(dataSource).migrate();
        faults = new FaultInjector(FaultPlan.none());
        transactions = new GroupCommit(new DataSourceTransactionManager(dataSource), 64, works -> { });
        olt = new SimulatedOltDriver(JdbcClient.create(dataSource), transactions, faults);
    }

    @AfterEach
    void stop() throws InterruptedException {
        transactions.destroy();
    }

    @Test
    void configuresAServiceWithTheNextFreeAllocIdAndItsTcontType() throws Exception {
        configure(olt, "svc-a");
        configure(olt, "svc-b");

        assertThat(olt.configured()).extracting(ConfiguredService::serviceId, ConfiguredService::allocId, ConfiguredService::tcontType)
                .containsExactly(tuple("svc-a", 1024, TcontType.ASSURED_AND_NON_ASSURED),
                        tuple("svc-b", 1025, TcontType.ASSURED_AND_NON_ASSURED));
        assertThat(olt.configured().get(0).downstreamMaximumKbps()).isEqualTo(100_000);
    }

    @Test
    void configuringTwiceChangesNothing() throws Exception {
        configure(olt, "svc-a");
        configure(olt, "svc-a");

        assertThat(olt.configured()).hasSize(1);
    }

    @Test
    void removingIsIdempotent() throws Exception {
        configure(olt, "svc-a");

        remove("svc-a");
        remove("svc-a");

        assertThat(olt.configured()).isEmpty();
    }

    @Test
    void takesTheNextFreeAllocIdWhenAnotherProcessTookTheOneItCountedOn() throws Exception {
        var otherProcess = new SimulatedOltDriver(JdbcClient.create(dataSource), transactions, new FaultInjector(FaultPlan.none()));
        configure(olt, "svc-a");
        configure(otherProcess, "svc-b");

        configure(olt, "svc-c");

        assertThat(olt.configured()).extracting(ConfiguredService::serviceId, ConfiguredService::allocId)
                .containsExactly(tuple("svc-a", 1024), tuple("svc-b", 1025), tuple("svc-c", 1026));
    }

    @Test
    void keepsItsConfigurationAcrossARestart() throws Exception {
        configure(olt, "svc-a");

        var restarted = new SimulatedOltDriver(JdbcClient.create(dataSource), transactions, new FaultInjector(FaultPlan.none()));

        assertThat(restarted.configured()).extracting(ConfiguredService::serviceId).containsExactly("svc-a");
    }

    @Test
    void failsTheNthCallOnlyWithATransientFailure() throws Exception {
        faults.replace(FaultPlan.none().failingNthCall(2, true));

        configure(olt, "svc-a");
        assertThatThrownBy(() -> configure(olt, "svc-b")).isInstanceOfSatisfying(DriverFailure.class,
                failure -> assertThat(failure.transientFailure()).isTrue());
        configure(olt, "svc-c");

        assertThat(olt.configured()).extracting(ConfiguredService::serviceId).containsExactly("svc-a", "svc-c");
    }

    @Test
    void failsPermanentlyWhenToldSo() {
        faults.replace(FaultPlan.none().failingNthCall(1, false));

        assertThatThrownBy(() -> configure(olt, "svc-a")).isInstanceOfSatisfying(DriverFailure.class,
                failure -> assertThat(failure.transientFailure()).isFalse());
    }

    @Test
    void failsAboutThePlannedPercentageRepeatablyForASeed() {
        int first = failuresOutOf(1_000, 30, 7);
        int second = failuresOutOf(1_000, 30, 7);

        assertThat(first).isEqualTo(second).isBetween(250, 350);
    }

    @Test
    void appliesFaultsOnlyToTheChosenOperations() throws Exception {
        configure(olt, "svc-a");
        faults.replace(FaultPlan.none().failingPercent(100, 1, false).on(Operation.CONFIGURE));

        remove("svc-a");

        assertThat(olt.configured()).isEmpty();
        assertThatThrownBy(() -> configure(olt, "svc-b")).isInstanceOf(DriverFailure.class);
    }

    @Test
    void hangsUntilThePlanIsReplacedWithoutHoldingAThread() {
        faults.replace(FaultPlan.none().hanging());
        var call = olt.configure(SEGMENT, "svc-a", DEMAND).toCompletableFuture();

        assertThat(call).as("returned at once, unanswered").isNotDone();
        faults.replace(FaultPlan.none());

        assertThat(call).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(DriverFailure.class).withMessageContaining("injected hang");
        assertThat(olt.configured()).isEmpty();
    }

    @Test
    void takesItsLatencyBeforeAnswering() throws Exception {
        faults.replace(FaultPlan.none().withLatency(Duration.ofMillis(150)));
        long started = System.nanoTime();

        configure(olt, "svc-a");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void refusesAnImpossiblePlan() {
        assertThatThrownBy(() -> FaultPlan.none().failingPercent(101, 1, true)).hasMessageContaining("failPercent");
    }

    private int failuresOutOf(int calls, int percent, long seed) {
        var injector = new FaultInjector(FaultPlan.none().failingPercent(percent, seed, true));
        int failures = 0;
        for (int i = 0; i < calls; i++) {
            if (injector.before(Operation.CONFIGURE, "svc-" + i).toCompletableFuture().isCompletedExceptionally()) {
                failures++;
            }
        }
        return failures;
    }

    /** Configures and waits for the answer, throwing what the driver failed with. */
    private static void configure(SimulatedOltDriver driver, String serviceId) throws Exception {
        answer(driver.configure(SEGMENT, serviceId, DEMAND));
    }

    private void remove(String serviceId) throws Exception {
        answer(olt.remove(SEGMENT, serviceId));
    }

    private static void answer(CompletionStage<Void> call) throws Exception {
        try {
            call.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }
}
