package org.opencities.testbench.orchestrator.ordering.tmf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.opencities.testbench.orchestrator.messaging.AfterCommit;
import org.opencities.testbench.orchestrator.ordering.OrderListeners;
import org.opencities.testbench.orchestrator.ordering.OrderState;
import org.opencities.testbench.orchestrator.ordering.OrderStateChanged;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderCreated;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts TMF641 events to the hub's listeners once the order's transaction has committed, on a
 * small pool of its own: each callback gets a few attempts with growing pauses and a timeout on
 * each, and a listener that keeps failing is logged, never allowed to hold up an order. The event
 * is written inside the transaction (it shows the order as committed) and sent after the commit;
 * notifications are best effort, so they keep no outbox entry.
 */
@Component
class ServiceOrderHubNotifier implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ServiceOrderHubNotifier.class);
    private static final int ATTEMPTS = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final int MAX_QUEUED = 10_000;

    private final ServiceOrders orders;
    private final OrderListeners listeners;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(2, runnable -> {
        var thread = new Thread(runnable, "tmf641-hub");
        thread.setDaemon(true);
        return thread;
    });

    ServiceOrderHubNotifier(ServiceOrders orders, OrderListeners listeners, JsonMapper json) {
        this.orders = orders;
        this.listeners = listeners;
        this.json = json;
    }

    @EventListener
    void created(ServiceOrderCreated created) {
        notifyListeners("ServiceOrderCreateEvent", created.orderId(), null);
    }

    @EventListener
    void stateChanged(OrderStateChanged changed) {
        notifyListeners("ServiceOrderStateChangeEvent", changed.orderId(), OrderState.ofTmfName(changed.state()));
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

    private void notifyListeners(String eventType, String orderId, OrderState state) {
        var interested = listeners.all().stream().filter(listener -> wants(listener.query(), eventType)).toList();
        if (interested.isEmpty() || pool.getQueue().size() > MAX_QUEUED) {
            return;
        }
        var order = orders.find(orderId).orElseThrow();
        var serviceOrder = ServiceOrderWriter.order("", order, Set.of());
        if (state != null) {
            serviceOrder.put("state", state.tmfName());
        }
        var envelope = new LinkedHashMap<String, Object>();
        envelope.put("eventId", UUID.randomUUID().toString());
        envelope.put("eventTime", Instant.now().toString());
        envelope.put("eventType", eventType);
        envelope.put("event", Map.of("serviceOrder", serviceOrder));
        byte[] body = json.writeValueAsBytes(envelope);
        AfterCommit.run(() -> interested.forEach(listener -> pool.execute(() -> post(URI.create(listener.callback()), body, 1))));
    }

    /** A listener's query such as {@code eventType=ServiceOrderStateChangeEvent} narrows what it hears. */
    private static boolean wants(String query, String eventType) {
        return query == null || !query.contains("eventType=") || query.contains("eventType=" + eventType);
    }

    private void post(URI callback, byte[] body, int attempt) {
        var request = HttpRequest.newBuilder(callback).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 300) {
                return;
            }
            retry(callback, body, attempt, "answered " + status);
        } catch (IOException e) {
            retry(callback, body, attempt, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void retry(URI callback, byte[] body, int attempt, String failure) {
        if (attempt >= ATTEMPTS) {
            log.warn("TMF641 hub listener {} {}; gave up after {} attempts", callback, failure, attempt);
            return;
        }
        log.debug("TMF641 hub listener {} {}; trying again", callback, failure);
        pool.schedule(() -> post(callback, body, attempt + 1), FIRST_PAUSE.toMillis() << (attempt - 1), TimeUnit.MILLISECONDS);
    }
}
