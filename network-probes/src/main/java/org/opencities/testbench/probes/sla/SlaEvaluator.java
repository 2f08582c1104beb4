package org.opencities.testbench.probes.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.opencities.testbench.probes.history.Measurement;

/**
 * Compares a window of the latest completed results of a service with its acceptance criteria.
 * Each indicator's observed value is the 95th percentile (nearest rank) of the runs' values in
 * the window — the runs' RTT p95, jitter and loss ratio — and breaches its limit when strictly
 * above it. Until the window holds {@code windowSize} results nothing is raised or cleared, so
 * one bad run does not raise an alarm and one good run does not clear it.
 */
public final class SlaEvaluator {

    private final int windowSize;

    public SlaEvaluator(int windowSize) {
        if (windowSize < 1) {
            throw new IllegalArgumentException("the SLA window needs at least 1 result, not " + windowSize);
        }
        this.windowSize = windowSize;
    }

    public int windowSize() {
        return windowSize;
    }

    /**
     * @param window the latest completed results of the service, at most {@code windowSize} of them
     * @param raised whether an alarm is raised for the service now
     */
    public Verdict evaluate(AcceptanceCriteria criteria, List<Measurement> window, boolean raised) {
        if (window.size() < windowSize) {
            return new Verdict.Keep();
        }
        var breach = Arrays.stream(Indicator.values())
                .map(indicator -> breach(indicator, criteria, window))
                .flatMap(Optional::stream)
                .findFirst();
        if (breach.isPresent()) {
            return raised ? new Verdict.Keep() : new Verdict.Raise(breach.get());
        }
        return raised ? new Verdict.Clear() : new Verdict.Keep();
    }

    private static Optional<Breach> breach(Indicator indicator, AcceptanceCriteria criteria, List<Measurement> window) {
        Double limit = indicator.limitIn(criteria);
        if (limit == null) {
            return Optional.empty();
        }
        double[] values = window.stream().map(run -> indicator.valueOf(run.figures())).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).sorted().toArray();
        if (values.length == 0) {
            return Optional.empty();
        }
        double observed = values[Math.max(0, (int) Math.ceil(0.95 * values.length) - 1)];
        return observed > limit ? Optional.of(new Breach(indicator, observed, limit, span(window))) : Optional.empty();
    }

    private static Duration span(List<Measurement> window) {
        Instant first = window.stream().map(Measurement::startedAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = window.stream().map(run -> run.endedAt() == null ? run.startedAt() : run.endedAt())
                .max(Comparator.naturalOrder()).orElseThrow();
        return Duration.between(first, last);
    }
}
