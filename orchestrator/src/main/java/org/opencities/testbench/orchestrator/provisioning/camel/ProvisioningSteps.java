package org.opencities.testbench.orchestrator.provisioning.camel;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.opencities.testbench.orchestrator.admission.CapacityLedger;
import org.opencities.testbench.orchestrator.admission.InvalidProfile;
import org.opencities.testbench.orchestrator.admission.NotFeasible;
import org.opencities.testbench.orchestrator.alarm.AlarmRaised;
import org.opencities.testbench.orchestrator.driver.DriverFailure;
import org.opencities.testbench.orchestrator.driver.SegmentDriver;
import org.opencities.testbench.orchestrator.ordering.ItemAction;
import org.opencities.testbench.orchestrator.ordering.OrderState;
import org.opencities.testbench.orchestrator.ordering.ServiceOrder;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderItem;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders.ItemRef;
import org.opencities.testbench.orchestrator.provisioning.ActivationCheck;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningRefused;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSaga;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSagas;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningStep;
import org.opencities.testbench.orchestrator.provisioning.Rates;
import org.opencities.testbench.orchestrator.provisioning.SagaStatus;
import org.opencities.testbench.orchestrator.provisioning.ServiceActivated;
import org.opencities.testbench.orchestrator.provisioning.ServiceFailed;
import org.opencities.testbench.orchestrator.provisioning.ServiceReserved;
import org.opencities.testbench.orchestrator.provisioning.ServiceTerminated;
import org.opencities.testbench.orchestrator.provisioning.StepTimedOut;
import org.opencities.testbench.orchestrator.serviceinventory.Service;
import org.opencities.testbench.orchestrator.serviceinventory.ServiceState;
import org.opencities.testbench.orchestrator.serviceinventory.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What each saga step does. Every step reads the saga's stored state, does its work, and commits
 * its state change with its events in one transaction, so that running a stored step again (after
 * a crash, or a retry) does no harm: the ledger and the driver are idempotent per service, and a
 * step whose transaction committed is never run again.
 */
@Component
class ProvisioningSteps {

    static final String ORDER_ID = "orderId";
    static final String ITEM_ID = "itemId";
    static final String ITEM = "provisioningItem";
    static final String RUNNER = "provisioningRunner";
    static final String CLAIMED = "provisioningClaimed";

    private static final Logger log = LoggerFactory.getLogger(ProvisioningSteps.class);

    private final String node = UUID.randomUUID().toString();
    private final ServiceOrders orders;
    private final Services services;
    private final CapacityLedger ledger;
    private final SegmentDriver driver;
    private final ActivationCheck activation;
    private final ProvisioningSagas sagas;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ProvisioningProperties properties;
    private final ProvisioningMetrics metrics;
    private final StepTimeouts timeouts;

    ProvisioningSteps(ServiceOrders orders, Services services, CapacityLedger ledger, SegmentDriver driver,
            ActivationCheck activation, ProvisioningSagas sagas, TransactionTemplate transactions,
            ApplicationEventPublisher events, ProvisioningProperties properties, ProvisioningMetrics metrics,
            StepTimeouts timeouts) {
        this.orders = orders;
        this.services = services;
        this.ledger = ledger;
        this.driver = driver;
        this.activation = activation;
        this.sagas = sagas;
        this.transactions = transactions;
        this.events = events;
        this.properties = properties;
        this.metrics = metrics;
        this.timeouts = timeouts;
    }

    /** The service an item provisions: assigned for add items (stable, so a resumed saga finds it), named for the others. */
    static String serviceIdOf(ItemRef ref, ServiceOrderItem item) {
        if (item.action() == ItemAction.ADD || item.service() == null || item.service().serviceId() == null) {
            String readable = "svc-" + ref.orderId() + "-" + ref.itemId();
            // service ids are at most 100 characters; long item ids get a name-based UUID instead
            return readable.length() <= 100 ? readable
                    : "svc-" + UUID.nameUUIDFromBytes((ref.orderId() + "/" + ref.itemId()).getBytes(UTF_8));
        }
        return item.service().serviceId();
    }

    static ProvisioningStep firstStep() {
        return ProvisioningStep.VALIDATE;
    }

    /** Stores the item's saga if it has none and claims it for this exchange; sets {@link #CLAIMED}. */
    void claim(Exchange exchange) {
        var ref = new ItemRef(exchange.getIn().getHeader(ORDER_ID, String.class), exchange.getIn().getHeader(ITEM_ID, String.class));
        exchange.setProperty(ITEM, ref);
        exchange.setProperty(CLAIMED, false);
        var item = orders.find(ref.orderId()).flatMap(order -> order.item(ref.itemId()));
        if (item.isEmpty()) {
            log.warn("Provisioning command for unknown order item {}/{}; dropped", ref.orderId(), ref.itemId());
            return;
        }
        if (item.get().state().terminal() && sagas.find(ref).isEmpty()) {
            // e.g. an item stored rejected: nothing to provision, nothing to back out
            return;
        }
        sagas.startIfAbsent(ref, serviceIdOf(ref, item.get()), item.get().action(), firstStep());
        String runner = node + "/" + UUID.randomUUID();
        exchange.setProperty(RUNNER, runner);
        exchange.setProperty(CLAIMED, sagas.claim(ref, runner, Instant.now().plus(properties.claim())));
    }

    /** The dynamic router's answer: the endpoint of the saga's next step, or {@code null} when it has ended or was taken over. */
    public String next(Exchange exchange) {
        var ref = exchange.getProperty(ITEM, ItemRef.class);
        if (!sagas.claim(ref, exchange.getProperty(RUNNER, String.class), Instant.now().plus(properties.claim()))) {
            return null;
        }
        var saga = sagas.find(ref).orElseThrow();
        if (saga.status().terminal()) {
            return null;
        }
        if (saga.status() == SagaStatus.RUNNING && saga.cancelRequested() && saga.action() == ItemAction.ADD) {
            sagas.move(ref, ProvisioningStep.REMOVE_CONFIGURATION, SagaStatus.CANCELLING,
                    "Cancelled on request before the service was active");
            return endpoint(ProvisioningStep.REMOVE_CONFIGURATION);
        }
        return endpoint(saga.step());
    }

    static String endpoint(ProvisioningStep step) {
        return "direct:provisioning-" + step.label();
    }

    Processor processor(ProvisioningStep step) {
        return exchange -> {
            long started = System.nanoTime();
            boolean ok = false;
            try {
                run(step, work(exchange));
                ok = true;
            } finally {
                metrics.stepTook(step, ok, System.nanoTime() - started);
            }
        };
    }

    private void run(ProvisioningStep step, Work work) throws Exception {
        switch (step) {
            case VALIDATE -> validate(work);
            case FEASIBILITY -> feasibility(work);
            case RESERVE -> reserve(work);
            case CONFIGURE -> configure(work);
            case ACTIVATE -> activate(work);
            case COMPLETE -> complete(work);
            case REMOVE_CONFIGURATION -> removeConfiguration(work);
            case RELEASE_CAPACITY -> releaseCapacity(work);
            case TERMINATE -> terminate(work);
        }
    }

    /** A transient failure is about to be tried again. */
    void retrying(Exchange exchange) {
        var ref = exchange.getProperty(ITEM, ItemRef.class);
        sagas.retried(ref);
        sagas.find(ref).ifPresent(saga -> metrics.retried(saga.step()));
    }

    /** A forward step failed for good: the saga backs out, keeping why in words a person can act on. */
    void recordFailure(Exchange exchange) {
        var ref = exchange.getProperty(ITEM, ItemRef.class);
        var saga = sagas.find(ref).orElseThrow();
        var cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String message = actionable(saga, cause);
        log.info("Provisioning {}/{} failed at {}: {}", ref.orderId(), ref.itemId(), saga.step().label(), message);
        // A delete item that fails leaves the service as it is: its capacity is still in use.
        var from = saga.action() == ItemAction.ADD ? ProvisioningStep.REMOVE_CONFIGURATION : ProvisioningStep.TERMINATE;
        sagas.move(ref, from, SagaStatus.COMPENSATING, message);
    }

    private static String actionable(ProvisioningSaga saga, Throwable cause) {
        String step = saga.step().label();
        if (cause instanceof NotFeasible || cause instanceof ProvisioningRefused) {
            return cause.getMessage();
        }
        if (cause instanceof InvalidProfile invalid) {
            return "Invalid bandwidth profile, " + invalid.field() + ": " + invalid.getMessage() + "; correct the profile and order again";
        }
        if (cause instanceof DriverFailure failure) {
            return "Step " + step + " failed on the segment: " + failure.getMessage()
                    + (failure.transientFailure() ? " (still failing after " + saga.attempts() + " retries)" : "")
                    + "; check the OLT and order again";
        }
        if (cause instanceof StepTimedOut) {
            return cause.getMessage() + "; the segment did not answer in time, check the OLT and order again";
        }
        if (cause instanceof ActivationCheck.Failed) {
            return cause.getMessage() + "; the configuration was removed, check the segment and order again";
        }
        return "Step " + step + " failed: " + cause + "; an operator should look at the orchestrator's log";
    }

    private void validate(Work work) {
        var item = work.item();
        switch (item.action()) {
            case ADD -> {
                if (item.service() == null || item.service().demand() == null) {
                    throw new ProvisioningRefused("Item " + item.id() + " adds a service without a bandwidth profile; give one");
                }
                item.service().demand().validated();
            }
            case DELETE -> services.find(work.saga().serviceId())
                    .filter(service -> service.state() != ServiceState.TERMINATED)
                    .orElseThrow(() -> new ProvisioningRefused("Service " + work.saga().serviceId()
                            + " does not exist or is terminated already; nothing to delete"));
            case MODIFY -> throw new ProvisioningRefused("Modifying a service is not supported yet; delete it and add a new one");
            case NO_CHANGE -> {
            }
        }
        transactions.executeWithoutResult(status -> {
            moveItemIf(work, OrderState.ACKNOWLEDGED, OrderState.IN_PROGRESS, null);
            switch (item.action()) {
                case ADD -> sagas.move(work.ref(), ProvisioningStep.FEASIBILITY, SagaStatus.RUNNING, null);
                case DELETE -> sagas.move(work.ref(), ProvisioningStep.REMOVE_CONFIGURATION, SagaStatus.RUNNING, null);
                default -> {
                    orders.moveItem(work.ref().orderId(), work.ref().itemId(), OrderState.COMPLETED, null);
                    sagas.move(work.ref(), ProvisioningStep.VALIDATE, SagaStatus.COMPLETED, null);
                }
            }
        });
    }

    private void feasibility(Work work) {
        var requested = work.item().service();
        var feasibility = ledger.feasibility(requested.city(), requested.demand());
        if (!feasibility.feasible()) {
            throw new NotFeasible(requested.city(), feasibility.decisions().stream()
                    .flatMap(decision -> decision.refusals().stream()).toList());
        }
        sagas.move(work.ref(), ProvisioningStep.RESERVE, SagaStatus.RUNNING, null);
    }

    private void reserve(Work work) {
        var requested = work.item().service();
        String serviceId = work.saga().serviceId();
        transactions.executeWithoutResult(status -> {
            var reservation = ledger.reserve(serviceId, requested.city(), requested.demand());
            services.save(new Service(serviceId, work.ref().orderId(), work.ref().itemId(), requested.pilotId(),
                    requested.city(), reservation.segment(), ServiceState.RESERVED, requested.demand(), null, null));
            events.publishEvent(new ServiceReserved(eventId("service.reserved", serviceId), serviceId, work.ref().orderId(),
                    requested.pilotId(), reservation.segment().value(), ServiceState.RESERVED.tmfName(),
                    Rates.of(requested.demand().downstream()), Rates.of(requested.demand().upstream())));
            sagas.move(work.ref(), ProvisioningStep.CONFIGURE, SagaStatus.RUNNING, null);
        });
    }

    private void configure(Work work) throws Exception {
        var service = service(work);
        timeouts.within(ProvisioningStep.CONFIGURE, properties.stepTimeout(), () -> {
            driver.configure(service.segment(), service.id(), service.demand());
            return null;
        });
        transactions.executeWithoutResult(status -> {
            services.save(with(service, ServiceState.INACTIVE, null, null));
            sagas.move(work.ref(), ProvisioningStep.ACTIVATE, SagaStatus.RUNNING, null);
        });
    }

    private void activate(Work work) throws Exception {
        var service = service(work);
        timeouts.within(ProvisioningStep.ACTIVATE, properties.stepTimeout(), () -> {
            activation.check(service);
            return null;
        });
        sagas.move(work.ref(), ProvisioningStep.COMPLETE, SagaStatus.RUNNING, null);
    }

    private void complete(Work work) {
        var service = service(work);
        var now = Instant.now();
        transactions.executeWithoutResult(status -> {
            services.save(with(service, ServiceState.ACTIVE, now, null));
            events.publishEvent(new ServiceActivated(eventId("service.activated", service.id()), service.id(),
                    service.orderId(), service.pilotId(), service.segment().value(), ServiceState.ACTIVE.tmfName(), now));
            orders.moveItem(work.ref().orderId(), work.ref().itemId(), OrderState.COMPLETED, null);
            sagas.move(work.ref(), ProvisioningStep.COMPLETE, SagaStatus.COMPLETED, null);
        });
    }

    private void removeConfiguration(Work work) throws Exception {
        var service = services.find(work.saga().serviceId())
                .filter(found -> found.segment() != null && found.state() != ServiceState.TERMINATED);
        if (service.isPresent()) {
            timeouts.within(ProvisioningStep.REMOVE_CONFIGURATION, properties.stepTimeout(), () -> {
                driver.remove(service.get().segment(), service.get().id());
                return null;
            });
        }
        sagas.move(work.ref(), ProvisioningStep.RELEASE_CAPACITY, work.saga().status(), null);
    }

    private void releaseCapacity(Work work) {
        transactions.executeWithoutResult(status -> {
            ledger.release(work.saga().serviceId());
            sagas.move(work.ref(), ProvisioningStep.TERMINATE, work.saga().status(), null);
        });
    }

    private void terminate(Work work) {
        var saga = work.saga();
        var now = Instant.now();
        var stored = services.find(saga.serviceId());
        transactions.executeWithoutResult(status -> {
            switch (saga.status()) {
                case RUNNING -> {
                    var service = stored.orElseThrow();
                    services.save(with(service, ServiceState.TERMINATED, service.startDate(), now));
                    events.publishEvent(terminated(service, work.ref().orderId(), now));
                    orders.moveItem(work.ref().orderId(), work.ref().itemId(), OrderState.COMPLETED, null);
                    sagas.move(work.ref(), ProvisioningStep.TERMINATE, SagaStatus.COMPLETED, null);
                }
                case CANCELLING -> {
                    stored.filter(service -> service.state() != ServiceState.TERMINATED).ifPresent(service -> {
                        services.save(with(service, ServiceState.TERMINATED, service.startDate(), now));
                        events.publishEvent(terminated(service, work.ref().orderId(), now));
                    });
                    orders.moveItem(work.ref().orderId(), work.ref().itemId(), OrderState.CANCELLED, null);
                    sagas.move(work.ref(), ProvisioningStep.TERMINATE, SagaStatus.CANCELLED, null);
                }
                default -> failed(work, stored.orElse(null), now);
            }
        });
        if (saga.status() == SagaStatus.COMPENSATING) {
            metrics.compensated();
        }
    }

    private void failed(Work work, Service stored, Instant now) {
        var saga = work.saga();
        var requested = work.item().service();
        String segment = stored == null || stored.segment() == null ? null : stored.segment().value();
        if (saga.action() == ItemAction.ADD) {
            services.save(stored != null ? with(stored, ServiceState.TERMINATED, stored.startDate(), now)
                    : new Service(saga.serviceId(), work.ref().orderId(), work.ref().itemId(), requested.pilotId(),
                            requested.city(), null, ServiceState.TERMINATED, requested.demand(), null, now));
        }
        events.publishEvent(new ServiceFailed(eventId("service.failed", saga.serviceId()), saga.serviceId(),
                work.ref().orderId(), requested == null ? null : requested.pilotId(), segment,
                stored == null || saga.action() == ItemAction.ADD ? ServiceState.TERMINATED.tmfName() : stored.state().tmfName(),
                saga.lastError()));
        events.publishEvent(AlarmRaised.provisioningFailed(saga.serviceId(),
                "Provisioning " + work.item().action().tmfName() + " item " + work.ref().itemId() + " of order "
                        + work.ref().orderId() + " failed: " + saga.lastError(), now));
        orders.moveItem(work.ref().orderId(), work.ref().itemId(), OrderState.FAILED, saga.lastError());
        sagas.move(work.ref(), ProvisioningStep.TERMINATE, SagaStatus.FAILED, null);
    }

    private void moveItemIf(Work work, OrderState from, OrderState to, String errorMessage) {
        if (work.item().state() == from) {
            orders.moveItem(work.ref().orderId(), work.ref().itemId(), to, errorMessage);
        }
    }

    private Service service(Work work) {
        return services.find(work.saga().serviceId()).orElseThrow(() -> new IllegalStateException(
                "Saga " + work.ref() + " is at " + work.saga().step().label() + " but service " + work.saga().serviceId() + " is not stored"));
    }

    private static ServiceTerminated terminated(Service service, String orderId, Instant now) {
        return new ServiceTerminated(eventId("service.terminated", service.id()), service.id(), orderId, service.pilotId(),
                service.segment() == null ? null : service.segment().value(), ServiceState.TERMINATED.tmfName(), now);
    }

    private static Service with(Service service, ServiceState state, Instant startDate, Instant endDate) {
        return new Service(service.id(), service.orderId(), service.itemId(), service.pilotId(), service.city(),
                service.segment(), state, service.demand(), startDate, endDate);
    }

    /** The same event of the same service always has the same id, so a step run twice is recognised downstream. */
    private static UUID eventId(String type, String serviceId) {
        return UUID.nameUUIDFromBytes((type + "/" + serviceId).toLowerCase(Locale.ROOT).getBytes(UTF_8));
    }

    private Work work(Exchange exchange) {
        var ref = exchange.getProperty(ITEM, ItemRef.class);
        var saga = sagas.find(ref).orElseThrow();
        ServiceOrder order = orders.find(ref.orderId()).orElseThrow();
        return new Work(ref, saga, order.item(ref.itemId()).orElseThrow());
    }

    private record Work(ItemRef ref, ProvisioningSaga saga, ServiceOrderItem item) {
    }
}
