package org.opencities.testbench.orchestrator.ordering.tmf;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.orchestrator.ordering.InvalidOrder;
import org.opencities.testbench.orchestrator.ordering.OrderIntake;
import org.opencities.testbench.orchestrator.ordering.OrderQuery;
import org.opencities.testbench.orchestrator.ordering.OrderRequests;
import org.opencities.testbench.orchestrator.ordering.OrderState;
import org.opencities.testbench.orchestrator.ordering.ServiceOrder;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderNotFound;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.opencities.testbench.orchestrator.platform.GroupCommit;
import org.opencities.testbench.orchestrator.web.PageResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(ServiceOrderWriter.BASE + "/serviceOrder")
@Tag(name = "TMF641 service orders", description = "TM Forum Service Ordering v4")
class ServiceOrderController {

    private static final int MAX_LIMIT = 100;

    private final ServiceOrders orders;
    private final OrderIntake intake;
    private final OrderRequests requests;
    private final GroupCommit transactions;

    ServiceOrderController(ServiceOrders orders, OrderIntake intake, OrderRequests requests, GroupCommit transactions) {
        this.orders = orders;
        this.intake = intake;
        this.requests = requests;
        this.transactions = transactions;
    }

    @PostMapping
    @Operation(summary = "Order services; the same Idempotency-Key from the same caller answers with the same order")
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Principal caller) {
        var draft = intake.checked(ServiceOrderReader.draft(body));
        if (idempotencyKey == null) {
            return created(transactions.run(() -> orders.create(draft)));
        }
        String fingerprint = fingerprint(body);
        var earlier = requests.find(caller.getName(), idempotencyKey);
        if (earlier.isPresent()) {
            return created(repeated(earlier.get(), fingerprint));
        }
        try {
            return created(transactions.run(() -> {
                var order = orders.create(draft);
                requests.remember(caller.getName(), idempotencyKey, fingerprint, order.id());
                return order;
            }));
        } catch (DuplicateKeyException raced) {
            return created(repeated(requests.find(caller.getName(), idempotencyKey).orElseThrow(), fingerprint));
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "One order; fields=a,b keeps only those members besides id and href")
    Map<String, Object> get(@PathVariable String id, @RequestParam(required = false) String fields) {
        return ServiceOrderWriter.order(base(), order(id), fields(fields));
    }

    @GetMapping
    @Operation(summary = "Orders newest first, filtered by state, externalId, category or priority")
    ResponseEntity<List<Map<String, Object>>> list(@RequestParam(required = false) String state,
            @RequestParam(required = false) String externalId, @RequestParam(required = false) String category,
            @RequestParam(required = false) String priority, @RequestParam(required = false) String fields,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "20") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be 0 or more and limit between 1 and " + MAX_LIMIT);
        }
        var query = new OrderQuery(state == null ? null : OrderState.ofTmfName(state), externalId, category, priority);
        var selected = fields(fields);
        var page = orders.page(query, offset, limit).stream().map(order -> ServiceOrderWriter.order(base(), order, selected)).toList();
        return PageResponse.counted(orders.count(query), page.size()).body(page);
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Edit what a client may: externalId, description, priority, category, requested dates, note, relatedParty")
    Map<String, Object> patch(@PathVariable String id, @RequestBody JsonNode patch) {
        if (!patch.isObject()) {
            throw new InvalidOrder("body", "must be a JSON merge patch object");
        }
        patch.propertyNames().stream().filter(ServiceOrderReader.NOT_EDITABLE::contains).findFirst().ifPresent(member -> {
            throw new InvalidOrder(member, "is not editable: the bench sets it; a client may edit "
                    + "externalId, description, priority, category, requestedStartDate, requestedCompletionDate, note, relatedParty");
        });
        var order = order(id);
        var details = ServiceOrderReader.details(patch, order.details());
        String externalId = patch.has("externalId") ? ServiceOrderReader.text(patch, "externalId") : order.externalId();
        String description = patch.has("description") ? ServiceOrderReader.text(patch, "description") : order.description();
        return ServiceOrderWriter.order(base(), orders.amend(id, externalId, description, details), Set.of());
    }

    private ServiceOrder order(String id) {
        return orders.find(id).orElseThrow(() -> new ServiceOrderNotFound("service order", id));
    }

    private ServiceOrder repeated(OrderRequests.Seen earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw new InvalidOrder("Idempotency-Key", "this key was used for another order; use a new key for a new order");
        }
        return order(earlier.orderId());
    }

    private static ResponseEntity<Map<String, Object>> created(ServiceOrder order) {
        var json = ServiceOrderWriter.order(base(), order, Set.of());
        return ResponseEntity.created(URI.create((String) json.get("href"))).body(json);
    }

    /** Scheme, host and port (and context path) of the current request, for hrefs. */
    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    private static Set<String> fields(String fields) {
        return fields == null ? Set.of()
                : Arrays.stream(fields.split(",")).map(String::trim).filter(field -> !field.isEmpty()).collect(Collectors.toSet());
    }

    private static String fingerprint(JsonNode body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.toString().getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
