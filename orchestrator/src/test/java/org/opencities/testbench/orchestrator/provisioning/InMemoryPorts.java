package org.opencities.testbench.orchestrator.provisioning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.opencities.testbench.orchestrator.admission.AdmissionControl;
import org.opencities.testbench.orchestrator.admission.AdmissionDecision;
import org.opencities.testbench.orchestrator.admission.CapacityLedger;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.admission.Load;
import org.opencities.testbench.orchestrator.admission.NotFeasible;
import org.opencities.testbench.orchestrator.admission.SegmentCapacity;
import org.opencities.testbench.orchestrator.inventory.Segments;
import org.opencities.testbench.orchestrator.ordering.OrderState;
import org.opencities.testbench.orchestrator.ordering.ServiceOrder;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderAcknowledged;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderItem;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.opencities.testbench.orchestrator.serviceinventory.Service;
import org.opencities.testbench.orchestrator.serviceinventory.ServiceState;
import org.opencities.testbench.orchestrator.serviceinventory.Services;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * TEST-ONLY stand-ins for the ports other helpers implement in JDBC (orders, services, the
 * capacity ledger), registered only when the process has no real implementation. They let the
 * saga's tests run before those implementations are merged; the real ones replace them silently.
 */
@AutoConfiguration
public class InMemoryPorts {

    @Bean
    @ConditionalOnMissingBean(ServiceOrders.class)
    ServiceOrders inMemoryServiceOrders(ApplicationEventPublisher events) {
        return new InMemoryServiceOrders(events);
    }

    @Bean
    @ConditionalOnMissingBean(Services.class)
    Services inMemoryServices() {
        return new InMemoryServices();
    }

    @Bean
    @ConditionalOnMissingBean(CapacityLedger.class)
    CapacityLedger inMemoryCapacityLedger(Segments segments) {
        return new InMemoryCapacityLedger(segments);
    }

    /** Orders in a map; publishes {@link ServiceOrderAcknowledged} like the real one. */
    static final class InMemoryServiceOrders implements ServiceOrders {

        private final Map<String, ServiceOrder> orders = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong(1000);
        private final ApplicationEventPublisher events;

        InMemoryServiceOrders(ApplicationEventPublisher events) {
            this.events = events;
        }

        @Override
        public Optional<ServiceOrder> find(String orderId) {
            return Optional.ofNullable(orders.get(orderId));
        }

        @Override
        public ServiceOrder create(ServiceOrder draft) {
            String id = "so-" + ids.incrementAndGet();
            var items = draft.items().stream().map(item -> new ServiceOrderItem(item.id(), item.action(),
                    OrderState.ACKNOWLEDGED, item.service(), null)).toList();
            var order = new ServiceOrder(id, draft.externalId(), draft.description(), OrderState.ACKNOWLEDGED,
                    Instant.now(), null, null, items);
            orders.put(id, order);
            events.publishEvent(new ServiceOrderAcknowledged(id));
            return order;
        }

        @Override
        public synchronized ServiceOrder moveItem(String orderId, String itemId, OrderState state, String errorMessage) {
            var order = orders.get(orderId);
            var items = order.items().stream().map(item -> item.id().equals(itemId)
                    ? new ServiceOrderItem(item.id(), item.action(), state, item.service(), errorMessage) : item).toList();
            var derived = OrderState.derive(items.stream().map(ServiceOrderItem::state).toList());
            var moved = new ServiceOrder(order.id(), order.externalId(), order.description(), derived, order.orderDate(),
                    order.startDate() == null && derived == OrderState.IN_PROGRESS ? Instant.now() : order.startDate(),
                    derived.terminal() ? Instant.now() : null, items);
            orders.put(orderId, moved);
            return moved;
        }

        @Override
        public List<ItemRef> unfinishedItems(int limit) {
            return orders.values().stream().sorted(Comparator.comparing(ServiceOrder::orderDate))
                    .flatMap(order -> order.items().stream().filter(item -> !item.state().terminal())
                            .map(item -> new ItemRef(order.id(), item.id())))
                    .limit(limit).toList();
        }
    }

    /** Services in a map. */
    static final class InMemoryServices implements Services {

        private final Map<String, Service> services = new ConcurrentHashMap<>();

        @Override
        public Optional<Service> find(String serviceId) {
            return Optional.ofNullable(services.get(serviceId));
        }

        @Override
        public void save(Service service) {
            services.put(service.id(), service);
        }

        @Override
        public List<Service> page(Optional<ServiceState> state, Optional<String> pilotId, int offset, int limit) {
            return services.values().stream()
                    .filter(service -> state.isEmpty() || service.state() == state.get())
                    .filter(service -> pilotId.isEmpty() || pilotId.get().equals(service.pilotId()))
                    .sorted(Comparator.comparing(Service::id)).skip(offset).limit(limit).toList();
        }

        @Override
        public long count(Optional<ServiceState> state, Optional<String> pilotId) {
            return page(state, pilotId, 0, Integer.MAX_VALUE).size();
        }
    }

    /** Reservations in a map, admitted with the real admission control against the inventory's segments. */
    static final class InMemoryCapacityLedger implements CapacityLedger {

        private final Map<String, Reservation> reservations = new LinkedHashMap<>();
        private final Segments segments;

        InMemoryCapacityLedger(Segments segments) {
            this.segments = segments;
        }

        @Override
        public synchronized Feasibility feasibility(String city, Demand demand) {
            return new Feasibility(city, demand, AdmissionControl.rank(capacities(city), demand));
        }

        @Override
        public synchronized Reservation reserve(String serviceId, String city, Demand demand) {
            var held = reservations.get(serviceId);
            if (held != null) {
                return held;
            }
            var ranked = AdmissionControl.rank(capacities(city), demand);
            if (ranked.isEmpty() || !ranked.get(0).admitted()) {
                throw new NotFeasible(city, ranked.stream().map(AdmissionDecision::refusals).flatMap(List::stream).toList());
            }
            var reservation = new Reservation(serviceId, ranked.get(0).segment().segment(), demand);
            reservations.put(serviceId, reservation);
            return reservation;
        }

        @Override
        public synchronized boolean release(String serviceId) {
            return reservations.remove(serviceId) != null;
        }

        private List<SegmentCapacity> capacities(String city) {
            var result = new ArrayList<SegmentCapacity>();
            for (var segment : segments.page(Optional.of(city), 0, 10_000)) {
                var down = Load.NONE;
                var up = Load.NONE;
                for (var reservation : reservations.values()) {
                    if (reservation.segment().equals(segment.id())) {
                        down = down.plus(Load.of(reservation.demand().downstream()));
                        up = up.plus(Load.of(reservation.demand().upstream()));
                    }
                }
                result.add(new SegmentCapacity(segment.id(), segment.city(), segment.status(), segment.usableDownKbps(),
                        segment.usableUpKbps(), 0.1, 2.0, down, up));
            }
            return result;
        }
    }
}
