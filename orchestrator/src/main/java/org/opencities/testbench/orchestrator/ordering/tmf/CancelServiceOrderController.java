package org.opencities.testbench.orchestrator.ordering.tmf;

import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.orchestrator.ordering.InvalidOrder;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderNotFound;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(ServiceOrderWriter.BASE + "/cancelServiceOrder")
@Tag(name = "TMF641 service orders")
class CancelServiceOrderController {

    private final ServiceOrders orders;

    CancelServiceOrderController(ServiceOrders orders) {
        this.orders = orders;
    }

    @PostMapping
    @Operation(summary = "Ask to cancel an order that has not finished; its items move to assessingCancellation")
    ResponseEntity<Map<String, Object>> cancel(@RequestBody JsonNode body) {
        var order = body.isObject() ? body.get("serviceOrder") : null;
        String orderId = order != null && order.isObject() ? ServiceOrderReader.text(order, "id") : null;
        if (orderId == null || orderId.isBlank()) {
            throw new InvalidOrder("serviceOrder.id", "name the order to cancel by its id");
        }
        if (orders.find(orderId).isEmpty()) {
            throw new InvalidOrder("serviceOrder.id", "no service order with id '" + orderId + "'");
        }
        var cancellation = orders.requestCancellation(orderId, ServiceOrderReader.text(body, "cancellationReason"));
        var json = ServiceOrderWriter.cancellation(ServiceOrderController.base(), cancellation, orders.find(orderId).orElseThrow());
        return ResponseEntity.created(URI.create((String) json.get("href"))).body(json);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One cancellation request, its state following the order's")
    Map<String, Object> get(@PathVariable String id) {
        var cancellation = orders.findCancellation(id).orElseThrow(() -> new ServiceOrderNotFound("cancelServiceOrder", id));
        return ServiceOrderWriter.cancellation(ServiceOrderController.base(), cancellation, orders.find(cancellation.orderId()).orElseThrow());
    }
}
