package org.opencities.testbench.orchestrator.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.OrchestratorTestApplication;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.CapacityLedger;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.driver.simulated.SimulatedOltDriver;
import org.opencities.testbench.orchestrator.ordering.ItemAction;
import org.opencities.testbench.orchestrator.ordering.OrderState;
import org.opencities.testbench.orchestrator.ordering.RequestedService;
import org.opencities.testbench.orchestrator.ordering.ServiceOrder;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderItem;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.opencities.testbench.orchestrator.serviceinventory.ServiceState;
import org.opencities.testbench.orchestrator.serviceinventory.Services;
import org.springframework.transaction.support.TransactionTemplate;

/** With the activation check configured to fail, a configured service is taken off again and its capacity freed. */
class ActivationFailureIT {

    @Test
    void removesTheConfigurationAndFreesCapacityWhenActivationFails() {
        try (var orchestrator = OrchestratorTestApplication.application().run("--server.port=0",
                "--testbench.orchestrator.provisioning.activation.pass=false",
                "--testbench.orchestrator.provisioning.activation.failure=Throughput test below CIR")) {
            var orders = orchestrator.getBean(ServiceOrders.class);
            var item = new ServiceOrderItem("1", ItemAction.ADD, null, new RequestedService(null, "pon-bandwidth", "gent",
                    "pilot-a", new Demand(BandwidthProfile.of(10_000, 50_000), BandwidthProfile.of(2_000, 10_000)), Map.of()), null);
            var order = orchestrator.getBean(TransactionTemplate.class).execute(status -> orders.create(
                    new ServiceOrder(null, null, "activation test", null, null, null, null, List.of(item))));

            var done = await().atMost(Duration.ofSeconds(30))
                    .until(() -> orders.find(order.id()).orElseThrow(), found -> found.state().terminal());

            assertThat(done.state()).isEqualTo(OrderState.FAILED);
            assertThat(done.items().get(0).errorMessage()).contains("Throughput test below CIR", "configuration was removed");
            String serviceId = "svc-" + order.id() + "-1";
            assertThat(orchestrator.getBean(Services.class).find(serviceId).map(service -> service.state()))
                    .isEqualTo(Optional.of(ServiceState.TERMINATED));
            assertThat(orchestrator.getBean(SimulatedOltDriver.class).configured())
                    .noneMatch(config -> config.serviceId().equals(serviceId));
            assertThat(orchestrator.getBean(CapacityLedger.class).release(serviceId)).isFalse();
        }
    }
}
