package org.opencities.testbench.orchestrator.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.admission.TcontType;
import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentFilter;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.Segments;
import org.opencities.testbench.orchestrator.serviceinventory.Service;
import org.opencities.testbench.orchestrator.serviceinventory.ServiceState;
import org.opencities.testbench.orchestrator.serviceinventory.Services;

class OrderIntakeTests {

    final Service existing = new Service("svc-1", "order-0", "1", "pilot-7f3a", "oulu", null, ServiceState.ACTIVE,
            new Demand(BandwidthProfile.of(1_000, 2_000), BandwidthProfile.of(1_000, 2_000)), null, null);
    final OrderIntake intake = new OrderIntake(new CitiesServed("helsinki", "oulu"), new OneService(existing));

    @Test
    void readsCityProfileAndPilotFromTheCharacteristics() {
        var order = intake.checked(draft(add("helsinki", Map.of("downstreamGirKbps", "1000", "downstreamPirKbps", "1000",
                "pilotId", "pilot-7f3a"))));

        var service = order.items().get(0).service();
        assertThat(service.city()).isEqualTo("helsinki");
        assertThat(service.pilotId()).isEqualTo("pilot-7f3a");
        assertThat(service.demand().downstream().tcontType()).isEqualTo(TcontType.FIXED);
        assertThat(service.demand().upstream().pirKbps()).isEqualTo(20_000);
        assertThat(order.items().get(0).state()).isEqualTo(OrderState.ACKNOWLEDGED);
    }

    @Test
    void namesTheCharacteristicOfAnInconsistentProfile() {
        assertThatThrownBy(() -> intake.checked(draft(add("helsinki", Map.of("upstreamCirKbps", "30000")))))
                .isInstanceOf(InvalidOrder.class)
                .hasMessageContaining("below CIR")
                .extracting(e -> ((InvalidOrder) e).field())
                .isEqualTo("serviceOrderItem[0].service.serviceCharacteristic.upstreamPirKbps");
    }

    @Test
    void refusesACityWithoutSegmentsAndNegativeOrFractionalRates() {
        assertThatThrownBy(() -> intake.checked(draft(add("atlantis", Map.of()))))
                .extracting(e -> ((InvalidOrder) e).field()).isEqualTo("serviceOrderItem[0].service.serviceCharacteristic.city");
        assertThatThrownBy(() -> intake.checked(draft(add("helsinki", Map.of("downstreamCbsBytes", "-1")))))
                .hasMessageContaining("0 or more");
        assertThatThrownBy(() -> intake.checked(draft(add("helsinki", Map.of("downstreamCirKbps", "1.5")))))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> intake.checked(draft(add("helsinki", Map.of("maxLossRatio", "often")))))
                .extracting(e -> ((InvalidOrder) e).field()).isEqualTo("serviceOrderItem[0].service.serviceCharacteristic.maxLossRatio");
    }

    @Test
    void deleteItemsTakeCityPilotAndProfileFromTheExistingService() {
        var delete = new ServiceOrderItem("1", ItemAction.DELETE, null,
                new RequestedService("svc-1", null, null, null, null, Map.of()), null);

        var service = intake.checked(draft(delete)).items().get(0).service();

        assertThat(service.city()).isEqualTo("oulu");
        assertThat(service.pilotId()).isEqualTo("pilot-7f3a");
        assertThat(service.demand()).isEqualTo(existing.demand());
        assertThatThrownBy(() -> intake.checked(draft(new ServiceOrderItem("1", ItemAction.DELETE, null,
                new RequestedService("svc-2", null, null, null, null, Map.of()), null))))
                .hasMessageContaining("svc-2");
    }

    @Test
    void refusesToModifyAServiceAtIntakeRatherThanFailingItLater() {
        var modify = new ServiceOrderItem("1", ItemAction.MODIFY, null,
                new RequestedService("svc-1", OrderIntake.PON_BANDWIDTH, null, null, null, Map.of()), null);

        assertThatThrownBy(() -> intake.checked(draft(modify)))
                .hasMessageContaining("delete item")
                .extracting(e -> ((InvalidOrder) e).field()).isEqualTo("serviceOrderItem[0].action");
    }

    @Test
    void refusesToDeleteAServiceThatIsTerminatedAlready() {
        var terminated = new Service("svc-1", "order-0", "1", "pilot-7f3a", "oulu", null, ServiceState.TERMINATED,
                existing.demand(), null, null);
        var intakeOfTerminated = new OrderIntake(new CitiesServed("oulu"), new OneService(terminated));

        assertThatThrownBy(() -> intakeOfTerminated.checked(draft(new ServiceOrderItem("1", ItemAction.DELETE, null,
                new RequestedService("svc-1", null, null, null, null, Map.of()), null))))
                .hasMessageContaining("terminated already")
                .extracting(e -> ((InvalidOrder) e).field()).isEqualTo("serviceOrderItem[0].service.id");
    }

    @Test
    void rejectsWhatCannotBeValidInsteadOfThrowingWhenAskedTo() {
        var order = intake.checkedOrRejected(draft(add("atlantis", Map.of()), add("helsinki", Map.of())));

        assertThat(order.items()).extracting(ServiceOrderItem::state).containsExactly(OrderState.REJECTED, OrderState.ACKNOWLEDGED);
        assertThat(order.items().get(0).errorMessage()).startsWith("serviceOrderItem[0].service.serviceCharacteristic.city: ");
    }

    @Test
    void refusesOrdersWithoutItemsOrWithRepeatedItemIds() {
        assertThatThrownBy(() -> intake.checked(draft())).extracting(e -> ((InvalidOrder) e).field()).isEqualTo("serviceOrderItem");
        assertThatThrownBy(() -> intake.checkedOrRejected(draft(item("1", "helsinki"), item("1", "oulu"))))
                .isInstanceOf(InvalidOrder.class);
        assertThatThrownBy(() -> intake.checked(draft(item("1", "helsinki"), item("1", "oulu"))))
                .extracting(e -> ((InvalidOrder) e).field()).isEqualTo("serviceOrderItem[1].id");
    }

    private static ServiceOrder draft(ServiceOrderItem... items) {
        return new ServiceOrder(null, null, null, null, null, null, null, List.of(items));
    }

    private static ServiceOrderItem add(String city, Map<String, String> overrides) {
        return item(city, city, overrides);
    }

    private static ServiceOrderItem item(String id, String city) {
        return item(id, city, Map.of());
    }

    private static ServiceOrderItem item(String id, String city, Map<String, String> overrides) {
        var characteristics = new LinkedHashMap<String, String>();
        characteristics.put("city", city);
        characteristics.put("downstreamCirKbps", "20000");
        characteristics.put("downstreamPirKbps", "100000");
        characteristics.put("upstreamCirKbps", "5000");
        characteristics.put("upstreamPirKbps", "20000");
        characteristics.putAll(overrides);
        if (overrides.containsKey("downstreamGirKbps")) {
            characteristics.put("downstreamCirKbps", "0");
        }
        return new ServiceOrderItem(id, ItemAction.ADD, null,
                new RequestedService(null, OrderIntake.PON_BANDWIDTH, null, null, null, characteristics), null);
    }

    private record CitiesServed(String... served) implements Segments {
        @Override
        public List<Segment> page(SegmentFilter filter, int offset, int limit) {
            return List.of();
        }

        @Override
        public long count(SegmentFilter filter) {
            return 0;
        }

        @Override
        public List<String> cities() {
            return List.of(served);
        }

        @Override
        public boolean serves(String city) {
            return cities().contains(city);
        }

        @Override
        public Optional<Segment> find(SegmentId id) {
            return Optional.empty();
        }

        @Override
        public boolean addIfAbsent(Segment segment) {
            return false;
        }
    }

    private record OneService(Service service) implements Services {
        @Override
        public Optional<Service> find(String serviceId) {
            return Optional.of(service).filter(it -> it.id().equals(serviceId));
        }

        @Override
        public void add(Service ignored) {
            throw new UnsupportedOperationException("the intake only reads services");
        }

        @Override
        public void save(Service ignored) {
            throw new UnsupportedOperationException("the intake only reads services");
        }

        @Override
        public List<Service> page(Optional<ServiceState> state, Optional<String> pilotId, int offset, int limit) {
            return List.of(service);
        }

        @Override
        public long count(Optional<ServiceState> state, Optional<String> pilotId) {
            return 1;
        }

        @Override
        public Map<ServiceState, Long> countByState() {
            return Map.of(service.state(), 1L);
        }
    }
}
