package org.opencities.testbench.orchestrator.ordering.tmf;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencities.testbench.orchestrator.ordering.InvalidOrder;
import org.opencities.testbench.orchestrator.ordering.OrderListeners;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(ServiceOrderWriter.BASE + "/hub")
@Tag(name = "TMF641 service orders")
class ServiceOrderHubController {

    private final OrderListeners listeners;

    ServiceOrderHubController(OrderListeners listeners) {
        this.listeners = listeners;
    }

    @PostMapping
    @Operation(summary = "Register a callback for ServiceOrderCreateEvent and ServiceOrderStateChangeEvent")
    ResponseEntity<Map<String, Object>> register(@RequestBody JsonNode body) {
        String callback = body.isObject() ? ServiceOrderReader.text(body, "callback") : null;
        if (callback == null || !(callback.startsWith("http://") || callback.startsWith("https://"))) {
            throw new InvalidOrder("callback", "must be the http(s) URL that receives the events");
        }
        try {
            URI.create(callback).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new InvalidOrder("callback", "is not a URL: " + e.getMessage());
        }
        var listener = listeners.register(callback, ServiceOrderReader.text(body, "query"));
        var json = new LinkedHashMap<String, Object>();
        json.put("id", listener.id());
        json.put("callback", listener.callback());
        if (listener.query() != null) {
            json.put("query", listener.query());
        }
        return ResponseEntity.created(URI.create(ServiceOrderController.base() + ServiceOrderWriter.BASE + "/hub/" + listener.id())).body(json);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Unregister a listener")
    ResponseEntity<Void> unregister(@PathVariable String id) {
        if (!listeners.remove(id)) {
            throw new ServiceOrderNotFound("hub listener", id);
        }
        return ResponseEntity.noContent().build();
    }
}
