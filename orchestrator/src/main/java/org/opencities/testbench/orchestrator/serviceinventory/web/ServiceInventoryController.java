package org.opencities.testbench.orchestrator.serviceinventory.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.orchestrator.NotFound;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.quality.OperatingStatus;
import org.opencities.testbench.orchestrator.quality.ServiceQualities;
import org.opencities.testbench.orchestrator.quality.ServiceQuality;
import org.opencities.testbench.orchestrator.serviceinventory.Service;
import org.opencities.testbench.orchestrator.serviceinventory.ServiceState;
import org.opencities.testbench.orchestrator.serviceinventory.Services;
import org.opencities.testbench.orchestrator.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(ServiceInventoryController.BASE)
@Tag(name = "TMF638 service inventory", description = "TM Forum Service Inventory v4")
class ServiceInventoryController {

    static final String BASE = "/tmf-api/serviceInventory/v4/service";
    private static final int MAX_LIMIT = 100;

    private final Services services;
    private final ServiceQualities qualities;

    ServiceInventoryController(Services services, ServiceQualities qualities) {
        this.services = services;
        this.qualities = qualities;
    }

    @GetMapping
    @Operation(summary = "Services by id, optionally in one state; fields=a,b keeps only those members besides id and href")
    ResponseEntity<List<Map<String, Object>>> list(@RequestParam(required = false) String state,
            @RequestParam(required = false) String fields, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "20") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be 0 or more and limit between 1 and " + MAX_LIMIT);
        }
        var inState = Optional.ofNullable(state).map(ServiceState::ofTmfName);
        var selected = fields(fields);
        var found = services.page(inState, Optional.empty(), offset, limit);
        var quality = qualities.of(found.stream().map(Service::id).toList());
        var page = found.stream().map(service -> json(service, quality.get(service.id()), selected)).toList();
        return PageResponse.counted(services.count(inState, Optional.empty()), page.size()).body(page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One service")
    Map<String, Object> get(@PathVariable String id, @RequestParam(required = false) String fields) {
        var service = services.find(id).orElseThrow(() -> new ServiceNotFound(id));
        return json(service, qualities.find(id).orElse(null), fields(fields));
    }

    private static Map<String, Object> json(Service service, ServiceQuality quality, Set<String> fields) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", service.id());
        json.put("href", ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE + "/" + service.id()).toUriString());
        json.put("name", "pon-bandwidth " + service.city());
        json.put("category", "pon-bandwidth");
        json.put("serviceType", "pon-bandwidth");
        json.put("state", service.state().tmfName());
        json.put("isServiceEnabled", service.state() == ServiceState.ACTIVE);
        json.put("hasStarted", service.startDate() != null);
        if (service.startDate() != null) {
            json.put("startDate", service.startDate().toString());
        }
        if (service.endDate() != null) {
            json.put("endDate", service.endDate().toString());
        }
        json.put("serviceSpecification", Map.of("id", "pon-bandwidth", "@referredType", "ServiceSpecification"));
        json.put("serviceCharacteristic", characteristics(service, quality));
        if (service.orderId() != null) {
            var item = new LinkedHashMap<String, Object>();
            item.put("serviceOrderId", service.orderId());
            item.put("serviceOrderHref", ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/tmf-api/serviceOrdering/v4/serviceOrder/" + service.orderId()).toUriString());
            item.put("itemId", service.itemId());
            item.put("@referredType", "ServiceOrderItem");
            json.put("serviceOrderItem", List.of(item));
        }
        json.put("@type", "Service");
        if (!fields.isEmpty()) {
            json.keySet().removeIf(member -> !member.equals("id") && !member.equals("href") && !fields.contains(member));
        }
        return json;
    }

    /**
     * The service's characteristics, with {@code operatingStatus} ({@code degraded} while a quality
     * alarm is raised, with its {@code qualityAlarmId}; otherwise {@code normal} for an active
     * service): TMF638 has no degraded state, so the state stays as TMF638 defines it.
     */
    private static List<Map<String, Object>> characteristics(Service service, ServiceQuality quality) {
        var characteristics = new ArrayList<Map<String, Object>>();
        add(characteristics, "city", service.city());
        add(characteristics, "pilotId", service.pilotId());
        add(characteristics, "segmentId", service.segment() == null ? null : service.segment().value());
        if (service.demand() != null) {
            profile(characteristics, "downstream", service.demand().downstream());
            profile(characteristics, "upstream", service.demand().upstream());
        }
        OperatingStatus status = quality != null ? quality.status()
                : service.state() == ServiceState.ACTIVE ? OperatingStatus.NORMAL : null;
        add(characteristics, "operatingStatus", status == null ? null : status.value());
        if (status == OperatingStatus.DEGRADED) {
            add(characteristics, "qualityAlarmId", quality.alarmId());
        }
        return characteristics;
    }

    private static void profile(List<Map<String, Object>> characteristics, String direction, BandwidthProfile profile) {
        add(characteristics, direction + "CirKbps", profile.cirKbps());
        add(characteristics, direction + "CbsBytes", profile.cbsBytes());
        add(characteristics, direction + "PirKbps", profile.pirKbps());
        add(characteristics, direction + "PbsBytes", profile.pbsBytes());
        add(characteristics, direction + "GirKbps", profile.girKbps());
    }

    private static void add(List<Map<String, Object>> characteristics, String name, Object value) {
        if (value != null) {
            characteristics.add(Map.of("name", name, "value", value));
        }
    }

    private static Set<String> fields(String fields) {
        return fields == null ? Set.of()
                : Arrays.stream(fields.split(",")).map(String::trim).filter(field -> !field.isEmpty()).collect(Collectors.toSet());
    }

    /** No service has the id the caller named. */
    static class ServiceNotFound extends NotFound {
        ServiceNotFound(String id) {
            super("No service with id '" + id + "' in the service inventory");
        }
    }
}
