package org.opencities.testbench.probes.sla;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.opencities.testbench.probes.ProbeEvent;
import org.opencities.testbench.probes.history.Measurement;
import org.opencities.testbench.probes.history.Measurements;

/**
 * Evaluates a watched service after each of its completed runs and keeps its alarm state: the
 * event to publish, if any, comes back to the caller, which publishes it in the same transaction.
 * Failed runs do not count: a gap is reported by the history and the failed-runs metric, not as a
 * quality breach.
 */
public final class SlaMonitor {

    private final SlaServices services;
    private final Measurements history;
    private final SlaEvaluator evaluator;
    private final Clock clock;

    public SlaMonitor(SlaServices services, Measurements history, SlaEvaluator evaluator, Clock clock) {
        this.services = services;
        this.history = history;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    /** Evaluates the service of a newly recorded run. */
    public Optional<ProbeEvent> recorded(Measurement run) {
        if (run.failed() || run.serviceId() == null) {
            return Optional.empty();
        }
        return services.watched(run.serviceId()).flatMap(this::evaluate);
    }

    /** Stops watching a service; clears its alarm when one is raised. */
    public Optional<ProbeEvent> terminated(String serviceId) {
        services.terminated(serviceId);
        return clear(serviceId);
    }

    private Optional<ProbeEvent> evaluate(WatchedService service) {
        var raised = services.raisedAlarm(service.serviceId());
        var window = history.completedInWindow(service.serviceId(), evaluator.window());
        var verdict = evaluator.evaluate(service.criteria(), window, raised.isPresent());
        if (verdict instanceof Verdict.Raise raise) {
            return raise(service, raise.breach());
        }
        return verdict instanceof Verdict.Clear ? clear(service.serviceId()) : Optional.empty();
    }

    private Optional<ProbeEvent> raise(WatchedService service, Breach breach) {
        var alarm = new RaisedAlarm(service.serviceId(), "alarm-" + UUID.randomUUID(), service.segmentId(),
                breach.indicator(), breach.observed(), breach.threshold(), clock.instant());
        return services.raise(alarm) ? Optional.of(AlarmRaised.of(alarm, breach)) : Optional.empty();
    }

    private Optional<ProbeEvent> clear(String serviceId) {
        var raised = services.raisedAlarm(serviceId);
        if (raised.isEmpty() || !services.clear(serviceId)) {
            return Optional.empty();
        }
        return Optional.of(AlarmCleared.of(raised.get(), clock.instant()));
    }
}
