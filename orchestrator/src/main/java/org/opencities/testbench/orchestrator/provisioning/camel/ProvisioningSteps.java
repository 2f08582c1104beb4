package org.opencities.testbench.orchestrator.provisioning.camel;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultMessage;
import org.opencities.testbench.orchestrator.admission.CapacityLedger;
import org.opencities.testbench.orchestrator.admission.InvalidProfile;
import org.opencities.testbench.orchestrator.admission.NotFeasible;
import org.opencities.testbench.orchestrator.alarm.AlarmRaised;
import org.opencities.testbench.orchestrator.driver.DriverFailure;
import org.opencities.testbench.orchestrator.driver.SegmentDriver;
import org.opencities.testbench.orchestrator.ordering.ItemAction;
import org.opencities.testbench.orchestrator.ordering.OrderState;
import org.opencities.testbench.orchestrator.ordering.ServiceOrderItem;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders;
import org.opencities.testbench.orchestrator.ordering.ServiceOrders.ItemRef;
import org.opencities.testbench.orchestrator.platform.GroupCommit;
import org.opencities.testbench.orchestrator.provisioning.ActivationCheck;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningRefused;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSaga;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSagas;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSagas.Claim;
import org.opencities.testbench.orchestrator.provisioning.ProvisioningSagas.WithItem;
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

/**
 * What each saga step does. A run claims the item's saga once (a saga at its first step with its
 * first move), reads it and the order item once, and keeps them in the exchange while its steps go
 * by. Every step with an effect commits its state change with its events in one transaction, and
 * that transaction's conditional move of the saga is also what renews the claim and notices a
 * waiting cancellation (or a claim lost), in which case the step's work rolls back and the run
 * reads the saga again. Steps without an effect in the
 * database (an add item's validation, feasibility, the configuration, whose effect is the driver's,
 * and the activation check) move on in memory: after a crash they simply run again; an add item
 * moves to inProgress with its reservation. Running a stored step again does no harm: the ledger
 * and the driver are idempotent per service, and a step whose transaction committed is never run again.
 */
@Component
class ProvisioningSteps {

    static final String ORDER_ID = "orderId";
    static final String ITEM_ID = "itemId";
    static final String RUN = "provisioningRun";

    private static final Logger log = LoggerFactory.getLogger(ProvisioningSteps.class);

    private final String node = UUID.randomUUID().toString();
    private final ServiceOrders orders;
    private final Services services;
    private final CapacityLedger ledger;
    private final SegmentDriver driver;
    private final ActivationCheck activation;
    private final ProvisioningSagas sagas;
    private final GroupCommit transactions;
    private final ApplicationEventPublisher events;
    private final ProvisioningProperties properties;
    private final ProvisioningMetrics metrics;
    private final StepTimeouts timeouts;

    ProvisioningSteps(ServiceOrders orders, Services services, CapacityLedger ledger, SegmentDriver driver,
            ActivationCheck activation, ProvisioningSagas sagas, GroupCommit transactions,
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

    /**
     * Claims the item's saga for this exchange (storing it first if the order's transaction did
     * not) and keeps it with the order item as the exchange's {@link #RUN}; leaves no run when the
     * saga has ended, another runner holds it, or there is nothing to provision. A saga at its first
     * step is not claimed here: it is read, and its first move takes the claim.
     */
    void claim(Exchange exchange) {
        var ref = new ItemRef(exchange.getIn().getHeader(ORDER_ID, String.class), exchange.getIn().getHeader(ITEM_ID, String.class));
        // The run lives in the exchange's properties; the command's JMS message would only be copied at
        // every step by the dynamic router (which reads the JMS headers again for each copy).
        exchange.setIn(new DefaultMessage(exchange));
        var run = new Run(ref, node + "/" + UUID.randomUUID());
        var stored = sagas.findWithItem(ref);
        if (stored.isPresent()) {
            exchange.setProperty(RUN, startsFresh(run, stored.get()) || read(run) ? run : null);
            return;
        }
        var item = orders.item(ref);
        if (item.isEmpty()) {
            log.warn("Provisioning command for unknown order item {}/{}; dropped", ref.orderId(), ref.itemId());
        } else if (!item.get().state().terminal()) {
            // an item stored terminal (e.g. rejected) has nothing to provision and nothing to back out
            sagas.startIfAbsent(ref, serviceIdOf(ref, item.get()), item.get().action(), firstStep());
            exchange.setProperty(RUN, read(run) ? run : null);
        }
    }

    /**
     * Takes a saga at its first step as read, without claiming it: validation (and an add item's
     * feasibility) has no effect, and the first step that commits takes the claim with its move, or
     * rolls back when another runner holds the saga. Saves a transaction per item.
     */
    private boolean startsFresh(Run run, WithItem stored) {
        if (stored.saga().status() != SagaStatus.RUNNING || stored.saga().step() != firstStep()) {
            return false;
        }
        run.took(stored);
        return true;
    }

    /** Claims the run's saga and reads it with its order item; says whether the run holds it now. */
    private boolean read(Run run) {
        var claimed = transactions.run(() -> sagas.claim(run.ref, run.claim())
                .map(saga -> new WithItem(saga, orders.item(run.ref).orElseThrow())));
        claimed.ifPresent(run::took);
        return claimed.isPresent();
    }

    /** The dynamic router's answer: the endpoint of the saga's next step, or {@code null} when it has ended or was taken over. */
    public String next(Exchange exchange) {
        var run = run(exchange);
        if (run.stale && !read(run)) {
            return null;
        }
        var saga = run.saga;
        if (saga.status().terminal()) {
            return null;
        }
        if (saga.status() == SagaStatus.RUNNING && saga.cancelRequested() && saga.action() == ItemAction.ADD) {
            try {
                commit(run, ProvisioningStep.REMOVE_CONFIGURATION, SagaStatus.CANCELLING,
                        "Cancelled on request before the service was active", () -> { });
            } catch (SagaChanged taken) {
                return null;
            }
        }
        return endpoint(run.saga.step());
    }

    static String endpoint(ProvisioningStep step) {
        return "direct:provisioning-" + step.label();
    }

    Processor processor(ProvisioningStep step) {
        return exchange -> {
            long started = System.nanoTime();
            boolean ok = false;
            var run = run(exchange);
            try {
                run(step, run);
                ok = true;
            } catch (SagaChanged changed) {
                // the step's work rolled back; the router reads the saga again before going on
                run.stale = true;
                ok = true;
            } finally {
                metrics.stepTook(step, ok, System.nanoTime() - started);
            }
        };
    }

    private void run(ProvisioningStep step, Run work) throws Exception {
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
        var run = run(exchange);
        sagas.retried(run.ref);
        run.saga = run.saga.retried();
        metrics.retried(run.saga.step());
    }

    /** A forward step failed for good: the saga backs out, keeping why in words a person can act on. */
    void recordFailure(Exchange exchange) {
        var run = run(exchange);
        var saga = run.saga;
        var cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String message = actionable(saga, cause);
        log.info("Provisioning {}/{} failed at {}: {}", run.ref.orderId(), run.ref.itemId(), saga.step().label(), message);
        // A delete item that fails leaves the service as it is: its capacity is still in use.
        var from = saga.action() == ItemAction.ADD ? ProvisioningStep.REMOVE_CONFIGURATION : ProvisioningStep.TERMINATE;
        try {
            commit(run, from, SagaStatus.COMPENSATING, message, () -> { });
        } catch (SagaChanged taken) {
            run.stale = true;
        }
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

    private void validate(Run run) {
        var item = run.item;
        switch (item.action()) {
            case ADD -> {
                if (item.service() == null || item.service().demand() == null) {
                    throw new ProvisioningRefused("Item " + item.id() + " adds a service without a bandwidth profile; give one");
                }
                item.service().demand().validated();
            }
            case DELETE -> services.find(run.saga.serviceId())
                    .filter(service -> service.state() != ServiceState.TERMINATED)
                    .orElseThrow(() -> new ProvisioningRefused("Service " + run.saga.serviceId()
                            + " does not exist or is terminated already; nothing to delete"));
            case MODIFY -> throw new ProvisioningRefused("Modifying a service is not supported yet; delete it and add a new one");
            case NO_CHANGE -> {
            }
        }
        switch (item.action()) {
            // an add item moves to inProgress with its reservation, in the reserve step's transaction
            case ADD -> run.saga = run.saga.movedTo(ProvisioningStep.FEASIBILITY, SagaStatus.RUNNING, null);
            case DELETE -> commit(run, ProvisioningStep.REMOVE_CONFIGURATION, SagaStatus.RUNNING, null, () -> startItem(run));
            default -> commit(run, ProvisioningStep.VALIDATE, SagaStatus.COMPLETED, null,
                    () -> moveItem(run, OrderState.COMPLETED, null));
        }
    }

    private void startItem(Run run) {
        if (run.item.state() == OrderState.ACKNOWLEDGED) {
            moveItem(run, OrderState.IN_PROGRESS, null);
        }
    }

    private void feasibility(Run run) {
        var requested = run.item.service();
        var feasibility = ledger.feasibility(requested.city(), requested.demand());
        if (!feasibility.feasible()) {
            throw new NotFeasible(requested.city(), feasibility.decisions().stream()
                    .flatMap(decision -> decision.refusals().stream()).toList());
        }
        run.saga = run.saga.movedTo(ProvisioningStep.RESERVE, SagaStatus.RUNNING, null);
    }

    private void reserve(Run run) {
        var requested = run.item.service();
        String serviceId = run.saga.serviceId();
        commit(run, ProvisioningStep.CONFIGURE, SagaStatus.RUNNING, null, () -> {
            startItem(run);
            var reservation = ledger.reserve(serviceId, requested.city(), requested.demand());
            var service = new Service(serviceId, run.ref.orderId(), run.ref.itemId(), requested.pilotId(),
                    requested.city(), reservation.segment(), ServiceState.RESERVED, requested.demand(), null, null);
            // a reservation's transaction stores its service; one that rolled back stored none
            services.add(service);
            events.publishEvent(new ServiceReserved(eventId("service.reserved", serviceId), serviceId, run.ref.orderId(),
                    requested.pilotId(), reservation.segment().value(), ServiceState.RESERVED.tmfName(),
                    Rates.of(requested.demand().downstream()), Rates.of(requested.demand().upstream())));
            run.service = service;
        });
    }

    private void configure(Run run) throws Exception {
        var service = service(run);
        timeouts.awaiting(ProvisioningStep.CONFIGURE, properties.stepTimeout(),
                driver.configure(service.segment(), service.id(), service.demand()));
        // The configuration is the driver's effect, idempotent per service: after a crash the step simply
        // runs again, so it moves on in memory and the service goes from reserved to active with the completion.
        run.saga = run.saga.movedTo(ProvisioningStep.ACTIVATE, SagaStatus.RUNNING, null);
    }

    private void activate(Run run) throws Exception {
        var service = service(run);
        timeouts.awaiting(ProvisioningStep.ACTIVATE, properties.stepTimeout(), activation.check(service));
        run.saga = run.saga.movedTo(ProvisioningStep.COMPLETE, SagaStatus.RUNNING, null);
    }

    private void complete(Run run) {
        var service = service(run);
        var now = Instant.now();
        commit(run, ProvisioningStep.COMPLETE, SagaStatus.COMPLETED, null, () -> {
            services.save(with(service, ServiceState.ACTIVE, now, null));
            events.publishEvent(new ServiceActivated(eventId("service.activated", service.id()), service.id(),
                    service.orderId(), service.pilotId(), service.segment().value(), ServiceState.ACTIVE.tmfName(), now));
            moveItem(run, OrderState.COMPLETED, null);
        });
    }

    private void removeConfiguration(Run run) throws Exception {
        var service = services.find(run.saga.serviceId())
                .filter(found -> found.segment() != null && found.state() != ServiceState.TERMINATED);
        if (service.isPresent()) {
            timeouts.awaiting(ProvisioningStep.REMOVE_CONFIGURATION, properties.stepTimeout(),
                    driver.remove(service.get().segment(), service.get().id()));
        }
        commit(run, ProvisioningStep.RELEASE_CAPACITY, run.saga.status(), null, () -> { });
    }

    private void releaseCapacity(Run run) {
        commit(run, ProvisioningStep.TERMINATE, run.saga.status(), null, () -> ledger.release(run.saga.serviceId()));
    }

    private void terminate(Run run) {
        var saga = run.saga;
        var now = Instant.now();
        var stored = services.find(saga.serviceId());
        switch (saga.status()) {
            case RUNNING -> commit(run, ProvisioningStep.TERMINATE, SagaStatus.COMPLETED, null, () -> {
                var service = stored.orElseThrow();
                services.save(with(service, ServiceState.TERMINATED, service.startDate(), now));
                events.publishEvent(terminated(service, run.ref.orderId(), now));
                moveItem(run, OrderState.COMPLETED, null);
            });
            case CANCELLING -> commit(run, ProvisioningStep.TERMINATE, SagaStatus.CANCELLED, null, () -> {
                stored.filter(service -> service.state() != ServiceState.TERMINATED).ifPresent(service -> {
                    services.save(with(service, ServiceState.TERMINATED, service.startDate(), now));
                    events.publishEvent(terminated(service, run.ref.orderId(), now));
                });
                moveItem(run, OrderState.CANCELLED, null);
            });
            default -> commit(run, ProvisioningStep.TERMINATE, SagaStatus.FAILED, null, () -> failed(run, stored.orElse(null), now));
        }
        if (saga.status() == SagaStatus.COMPENSATING) {
            metrics.compensated();
        }
    }

    private void failed(Run run, Service stored, Instant now) {
        var saga = run.saga;
        var requested = run.item.service();
        String segment = stored == null || stored.segment() == null ? null : stored.segment().value();
        if (saga.action() == ItemAction.ADD) {
            services.save(stored != null ? with(stored, ServiceState.TERMINATED, stored.startDate(), now)
                    : new Service(saga.serviceId(), run.ref.orderId(), run.ref.itemId(), requested.pilotId(),
                            requested.city(), null, ServiceState.TERMINATED, requested.demand(), null, now));
        }
        events.publishEvent(new ServiceFailed(eventId("service.failed", saga.serviceId()), saga.serviceId(),
                run.ref.orderId(), requested == null ? null : requested.pilotId(), segment,
                stored == null || saga.action() == ItemAction.ADD ? ServiceState.TERMINATED.tmfName() : stored.state().tmfName(),
                saga.lastError()));
        events.publishEvent(AlarmRaised.provisioningFailed(saga.serviceId(),
                "Provisioning " + run.item.action().tmfName() + " item " + run.ref.itemId() + " of order "
                        + run.ref.orderId() + " failed: " + saga.lastError(), now));
        moveItem(run, OrderState.FAILED, saga.lastError());
    }

    private void moveItem(Run run, OrderState state, String errorMessage) {
        orders.moveItem(run.ref.orderId(), run.ref.itemId(), state, errorMessage);
    }

    /**
     * Does a step's work and moves the saga in one transaction (shared with the steps of other sagas
     * ready at the same moment, each in a savepoint: {@link GroupCommit}); the move comes first, so that a
     * saga another runner took over, or whose cancellation waits, rolls the work back at once.
     */
    private void commit(Run run, ProvisioningStep step, SagaStatus status, String lastError, Runnable work) {
        transactions.execute(() -> {
            if (!sagas.move(run.ref, run.claim(), run.stored, step, status, lastError)) {
                throw new SagaChanged();
            }
            work.run();
        });
        run.saga = run.saga.movedTo(step, status, lastError);
        run.stored = step;
    }

    private Service service(Run run) {
        if (run.service == null) {
            run.service = services.find(run.saga.serviceId()).orElseThrow(() -> new IllegalStateException("Saga " + run.ref
                    + " is at " + run.saga.step().label() + " but service " + run.saga.serviceId() + " is not stored"));
        }
        return run.service;
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

    private static Run run(Exchange exchange) {
        return exchange.getProperty(RUN, Run.class);
    }

    /** One exchange's hold on a saga, with what it read: the saga as it stands, its order item and its service. */
    private final class Run {

        private final ItemRef ref;
        private final String runner;
        private ProvisioningSaga saga;
        /** The step the saga is stored at; {@link #saga} moves on in memory through the steps without an effect. */
        private ProvisioningStep stored;
        private ServiceOrderItem item;
        private Service service;
        private boolean stale;

        private Run(ItemRef ref, String runner) {
            this.ref = ref;
            this.runner = runner;
        }

        private void took(WithItem read) {
            saga = read.saga();
            stored = saga.step();
            item = read.item();
            service = null;
            stale = false;
        }

        private Claim claim() {
            return new Claim(runner, Instant.now().plus(properties.claim()));
        }
    }

    /** The saga moved under the run (another runner took it, or its cancellation waits): the step's work rolls back. */
    private static final class SagaChanged extends RuntimeException {

        private SagaChanged() {
            super(null, null, false, false);
        }
    }
}
