package org.opencities.testbench.orchestrator.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.OrchestratorTestApplication;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.CapacityLedger;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.driver.simulated.FaultInjector;
import org.opencities.testbench.orchestrator.driver.simulated.FaultPlan;
import org.opencities.testbench.orchestrator.driver.simulated.SimulatedOltDriver;
import org.opencities.testbench.orchestrator.ordering.ItemAction;
import org.opencities.testbench.orchestrator.ordering.OrderState;
import org.opencities.testbench.orchestrator.ordering.RequestedService;
import org.opencities.testbench.orchestrator.ordering.ServiceOrder;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderItem;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The saga on a real PostgreSQL 14: one order provisions, one backs out after a permanent driver failure. */
class ProvisioningPostgresIT {

    @Test
    void provisionsAndCompensatesOnPostgres() throws IOException {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE SCHEMA IF NOT EXISTS orchestrator").update();
            try (var orchestrator = OrchestratorTestApplication.application().run("--server.port=0",
                    "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=orchestrator",
                    "--spring.datasource.username=postgres")) {
                var orders = orchestrator.getBean(ServiceOrders.class);
                var transactions = orchestrator.getBean(TransactionTemplate.class);
                var olt = orchestrator.getBean(SimulatedOltDriver.class);
                var item = new ServiceOrderItem("1", ItemAction.ADD, null, new RequestedService(null, "pon-bandwidth", "cologne",
                        "pilot-pg", new Demand(BandwidthProfile.of(10_000, 50_000), BandwidthProfile.of(2_000, 10_000)), Map.of()), null);

                var provisioned = transactions.execute(status -> orders.create(new ServiceOrder(null, null, "pg", null, null, null, null, List.of(item))));
                var completed = await().atMost(Duration.ofSeconds(30))
                        .until(() -> orders.find(provisioned.id()).orElseThrow(), order -> order.state().terminal());
                orchestrator.getBean(FaultInjector.class).replace(FaultPlan.none().failingNthCall(1, false));
                var refused = transactions.execute(status -> orders.create(new ServiceOrder(null, null, "pg", null, null, null, null, List.of(item))));
                var failed = await().atMost(Duration.ofSeconds(30))
                        .until(() -> orders.find(refused.id()).orElseThrow(), order -> order.state().terminal());

                assertThat(completed.state()).isEqualTo(OrderState.COMPLETED);
                assertThat(olt.configured()).extracting(config -> config.serviceId()).containsExactly("svc-" + provisioned.id() + "-1");
                assertThat(failed.state()).isEqualTo(OrderState.FAILED);
                assertThat(failed.items().get(0).errorMessage()).contains("injected permanent fault");
                assertThat(orchestrator.getBean(CapacityLedger.class).release("svc-" + refused.id() + "-1")).isFalse();
            }
        }
    }
}
