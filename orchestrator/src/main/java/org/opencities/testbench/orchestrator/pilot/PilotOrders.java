package org.opencities.testbench.orchestrator.pilot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.opencities.testbench.orchestrator.ordering.ItemAction;
import org.opencities.testbench.orchestrator.ordering.OrderDetails;
import org.opencities.testbench.orchestrator.ordering.OrderIntake;
import org.opencities.testbench.orchestrator.ordering.OrderQuery;
import org.opencities.testbench.orchestrator.ordering.RequestedService;
import org.opencities.testbench.orchestrator.ordering.ServiceOrder;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderItem;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.opencities.testbench.orchestrator.serviceinventory.Service;
import org.opencities.testbench.orchestrator.serviceinventory.ServiceState;
import org.opencities.testbench.orchestrator.serviceinventory.Services;

/**
 * Orders for pilots: one add item per city of an accepted pilot, one delete item per live service
 * of an ended one. Each kind of order is made once per pilot (the order's category and external id
 * say which), and an item that cannot be valid is stored rejected with the reason rather than lost.
 * Callers run each method in one transaction.
 */
public final class PilotOrders {

    /** Category of the order that provisions an accepted pilot. */
    public static final String PROVISIONING = "pilot-provisioning";
    /** Category of the order that removes an ended pilot's services. */
    public static final String TERMINATION = "pilot-termination";

    private static final int MAX_SERVICES = 1_000;

    private final ServiceOrders orders;
    private final Services services;
    private final OrderIntake intake;

    public PilotOrders(ServiceOrders orders, Services services, OrderIntake intake) {
        this.orders = orders;
        this.services = services;
        this.intake = intake;
    }

    /** The provisioning order of an accepted pilot, unless it exists already. */
    public Optional<ServiceOrder> accepted(PilotAccepted pilot) {
        if (exists(pilot.pilotId(), PROVISIONING)) {
            return Optional.empty();
        }
        var items = new ArrayList<ServiceOrderItem>();
        for (String city : pilot.cities()) {
            var characteristics = new LinkedHashMap<String, String>();
            characteristics.put("city", city);
            characteristics.put("pilotId", pilot.pilotId());
            characteristics.put("downstreamCirKbps", Long.toString(pilot.downstreamGuaranteedKbps()));
            characteristics.put("downstreamPirKbps", Long.toString(pilot.downstreamMaximumKbps()));
            characteristics.put("upstreamCirKbps", Long.toString(pilot.upstreamGuaranteedKbps()));
            characteristics.put("upstreamPirKbps", Long.toString(pilot.upstreamMaximumKbps()));
            characteristics.putAll(new TreeMap<>(pilot.criteria()));
            items.add(new ServiceOrderItem(Integer.toString(items.size() + 1), ItemAction.ADD, null,
                    new RequestedService(null, OrderIntake.PON_BANDWIDTH, null, null, null, characteristics), null));
        }
        return Optional.of(create(pilot.pilotId(), "Pilot " + pilot.pilotId() + " in " + String.join(", ", pilot.cities()),
                PROVISIONING, items));
    }

    /** The termination order of a completed or withdrawn pilot: none when it has no live service or one exists. */
    public Optional<ServiceOrder> ended(String pilotId, String why) {
        if (exists(pilotId, TERMINATION)) {
            return Optional.empty();
        }
        var live = services.page(Optional.empty(), Optional.of(pilotId), 0, MAX_SERVICES).stream()
                .filter(service -> service.state() != ServiceState.TERMINATED)
                .toList();
        if (live.isEmpty()) {
            return Optional.empty();
        }
        var items = new ArrayList<ServiceOrderItem>();
        for (Service service : live) {
            items.add(new ServiceOrderItem(Integer.toString(items.size() + 1), ItemAction.DELETE, null,
                    new RequestedService(service.id(), OrderIntake.PON_BANDWIDTH, null, null, null,
                            Map.of("pilotId", pilotId)), null));
        }
        return Optional.of(create(pilotId, "Pilot " + pilotId + " " + why, TERMINATION, items));
    }

    /** An order requested by another module, items that cannot be valid rejected with the reason. */
    public ServiceOrder requested(ServiceOrder draft) {
        return orders.create(intake.checkedOrRejected(draft));
    }

    private boolean exists(String pilotId, String category) {
        return orders.count(new OrderQuery(null, pilotId, category, null)) > 0;
    }

    private ServiceOrder create(String pilotId, String description, String category, List<ServiceOrderItem> items) {
        var details = new OrderDetails(null, category, null, null, null, null, List.of(), List.of());
        return orders.create(intake.checkedOrRejected(new ServiceOrder(null, pilotId, description, null, null, null, null,
                items, details)));
    }
}
