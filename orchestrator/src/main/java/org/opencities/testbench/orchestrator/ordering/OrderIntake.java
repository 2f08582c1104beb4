package org.opencities.testbench.orchestrator.ordering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.Demand;
import org.opencities.testbench.orchestrator.admission.InvalidProfile;
import org.opencities.testbench.orchestrator.inventory.Segments;
import org.opencities.testbench.orchestrator.serviceinventory.Service;
import org.opencities.testbench.orchestrator.serviceinventory.ServiceState;
import org.opencities.testbench.orchestrator.serviceinventory.Services;

/**
 * Turns a draft order as a client or an event wrote it into one that {@link ServiceOrders#create}
 * accepts: every item's service characteristics read (city, profile per direction, acceptance
 * criteria, pilot), profiles checked against the T-CONT rules, cities and services looked up.
 * Fields are named by their JSON path, e.g.
 * {@code serviceOrderItem[0].service.serviceCharacteristic.downstreamPirKbps}.
 */
public final class OrderIntake {

    /** The one service specification the bench provisions: bandwidth on a PON segment. */
    public static final String PON_BANDWIDTH = "pon-bandwidth";

    private static final List<String> PROFILE_FIELDS = List.of("CirKbps", "CbsBytes", "PirKbps", "PbsBytes", "GirKbps");
    private static final List<String> CRITERIA = List.of("maxLatencyMs", "maxJitterMs", "maxLossRatio");

    private final Segments segments;
    private final Services services;

    public OrderIntake(Segments segments, Services services) {
        this.segments = segments;
        this.services = services;
    }

    /** The draft with every item completed, or {@link InvalidOrder} naming the first field at fault. */
    public ServiceOrder checked(ServiceOrder draft) {
        requireItems(draft);
        var items = new ArrayList<ServiceOrderItem>();
        for (int index = 0; index < draft.items().size(); index++) {
            items.add(checked(index, draft.items().get(index)));
        }
        return withItems(draft, items);
    }

    /**
     * The draft with every item completed where it can be, and rejected with the reason where it
     * cannot: for orders from events, which must not be lost.
     */
    public ServiceOrder checkedOrRejected(ServiceOrder draft) {
        requireItems(draft);
        var items = new ArrayList<ServiceOrderItem>();
        for (int index = 0; index < draft.items().size(); index++) {
            var item = draft.items().get(index);
            try {
                items.add(checked(index, item));
            } catch (InvalidOrder e) {
                items.add(new ServiceOrderItem(item.id(), item.action(), OrderState.REJECTED, item.service(),
                        e.field() + ": " + e.getMessage()));
            }
        }
        return withItems(draft, items);
    }

    private static void requireItems(ServiceOrder draft) {
        if (draft.items().isEmpty()) {
            throw new InvalidOrder("serviceOrderItem", "an order needs at least one item");
        }
        var ids = new HashSet<String>();
        for (int index = 0; index < draft.items().size(); index++) {
            if (!ids.add(draft.items().get(index).id())) {
                throw new InvalidOrder("serviceOrderItem[" + index + "].id",
                        "item id '" + draft.items().get(index).id() + "' is used twice; item ids must be unique in an order");
            }
        }
    }

    private ServiceOrderItem checked(int index, ServiceOrderItem item) {
        String path = "serviceOrderItem[" + index + "].service";
        var service = item.service();
        var characteristics = service.characteristics();
        var completed = switch (item.action()) {
            case ADD -> {
                requireSpecification(path, service);
                String city = characteristics.get("city");
                if (city == null || city.isBlank()) {
                    throw new InvalidOrder(path + ".serviceCharacteristic.city", "an add item needs the city where the service is wanted");
                }
                if (!segments.serves(city)) {
                    throw new InvalidOrder(path + ".serviceCharacteristic.city",
                            "no segment serves city '" + city + "'; list the segments to see the cities served");
                }
                yield new RequestedService(null, PON_BANDWIDTH, city, characteristics.get("pilotId"),
                        demand(path, characteristics), characteristics);
            }
            case MODIFY -> {
                existing(path, service);
                throw new InvalidOrder("serviceOrderItem[" + index + "].action",
                        "modifying a service is not supported yet; order a delete item for it and an add item with the new profile");
            }
            case DELETE -> {
                var existing = existing(path, service);
                yield new RequestedService(existing.id(), service.specificationId(), existing.city(), existing.pilotId(),
                        existing.demand(), characteristics);
            }
            case NO_CHANGE -> service;
        };
        for (String criterion : CRITERIA) {
            if (characteristics.containsKey(criterion)) {
                number(path + ".serviceCharacteristic." + criterion, characteristics.get(criterion));
            }
        }
        return new ServiceOrderItem(item.id(), item.action(), OrderState.ACKNOWLEDGED, completed, null);
    }

    private static void requireSpecification(String path, RequestedService service) {
        if (!PON_BANDWIDTH.equals(service.specificationId())) {
            throw new InvalidOrder(path + ".serviceSpecification.id",
                    "the bench provisions only the service specification '" + PON_BANDWIDTH + "'");
        }
    }

    private Service existing(String path, RequestedService service) {
        if (service.serviceId() == null || service.serviceId().isBlank()) {
            throw new InvalidOrder(path + ".id", "modify and delete items name the existing service by its id");
        }
        var existing = services.find(service.serviceId()).orElseThrow(() -> new InvalidOrder(path + ".id",
                "no service with id '" + service.serviceId() + "' in the service inventory"));
        if (existing.state() == ServiceState.TERMINATED) {
            throw new InvalidOrder(path + ".id", "service '" + existing.id() + "' is terminated already; order a new one with an add item");
        }
        return existing;
    }

    private static Demand demand(String path, Map<String, String> characteristics) {
        String prefix = path + ".serviceCharacteristic.";
        try {
            return new Demand(profile(prefix, "downstream", characteristics), profile(prefix, "upstream", characteristics))
                    .validated();
        } catch (InvalidProfile e) {
            throw new InvalidOrder(prefix + characteristicName(e.field()), e.getMessage());
        }
    }

    private static BandwidthProfile profile(String prefix, String direction, Map<String, String> characteristics) {
        var values = new long[PROFILE_FIELDS.size()];
        for (int i = 0; i < values.length; i++) {
            String name = direction + PROFILE_FIELDS.get(i);
            String value = characteristics.get(name);
            if (value == null && i == 2) {
                throw new InvalidOrder(prefix + name, "the peak rate " + name + " is required");
            }
            values[i] = value == null ? 0 : kilobits(prefix + name, value);
        }
        return new BandwidthProfile(values[0], values[1], values[2], values[3], values[4]);
    }

    /** {@code downstream.pirKbps} as its characteristic is named: {@code downstreamPirKbps}. */
    private static String characteristicName(String profileField) {
        int dot = profileField.indexOf('.');
        if (dot < 0) {
            return profileField;
        }
        String field = profileField.substring(dot + 1);
        return profileField.substring(0, dot) + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static long kilobits(String field, String value) {
        try {
            return number(field, value).longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidOrder(field, "must be a whole number, it is " + value);
        }
    }

    private static BigDecimal number(String field, String value) {
        try {
            var number = new BigDecimal(value.trim());
            if (number.signum() < 0) {
                throw new InvalidOrder(field, "must be 0 or more, it is " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidOrder(field, "must be a number, it is '" + value + "'");
        }
    }

    private static ServiceOrder withItems(ServiceOrder draft, List<ServiceOrderItem> items) {
        return new ServiceOrder(draft.id(), draft.externalId(), draft.description(), draft.state(), draft.orderDate(),
                draft.startDate(), draft.completionDate(), items, draft.details());
    }
}
