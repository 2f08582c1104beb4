package org.opencities.testbench.probes.sla;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.opencities.testbench.probes.history.Measurement;

/**
 * Compares the completed results of a service within a time window with its acceptance criteria.
 * Each indicator's observed value is the 95th percentile (nearest rank) of the runs' values in the
 * window — the runs' RTT p95, jitter and loss ratio — and breaches its limit when strictly above
 * it. Until the window holds {@code minResults} results nothing is raised or cleared, so one bad run
 * does not raise an alarm and one good run does not clear it.
 */
public final class SlaEvaluator {

    private final Duration window;
    private final int minResults;

    /**
     * @param window the time span evaluated: the runs that ended within it, up to the latest end
     * @param minResults how many results the window needs before anything is raised or cleared
     */
    public SlaEvaluator(Duration window, int minResults) {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the SLA window must be a positive duration, not " + window);
        }
        if (minResults < 1) {
            throw new IllegalArgumentException("the SLA window needs at least 1 result, not " + minResults);
        }
        this.window = window;
        this.minResults = minResults;
    }

    public Duration window() {
        return window;
    }

    /**
     * @param results the completed results of the service that ended within the {@link #window()}
     * @param raised whether an alarm is raised for the service now
     */
    public Verdict evaluate(AcceptanceCriteria criteria, List<Measurement> results, boolean raised) {
        if (results.size() < minResults) {
            return new Verdict.Keep();
        }
        var breach = Arrays.stream(Indicator.values())
                .map(indicator -> breach(indicator, criteria, results))
                .flatMap(Optional::stream)
                .findFirst();
        if (breach.isPresent()) {
            return raised ? new Verdict.Keep() : new Verdict.Raise(breach.get());
        }
        return raised ? new Verdict.Clear() : new Verdict.Keep();
    }

    private Optional<Breach> breach(Indicator indicator, AcceptanceCriteria criteria, List<Measurement> results) {
        Double limit = indicator.limitIn(criteria);
        if (limit == null) {
            return Optional.empty();
        }
        double[] values = results.stream().map(run -> indicator.valueOf(run.figures())).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).sorted().toArray();
        if (values.length == 0) {
            return Optional.empty();
        }
        double observed = values[Math.max(0, (int) Math.ceil(0.95 * values.length) - 1)];
        return observed > limit ? Optional.of(new Breach(indicator, observed, limit, window)) : Optional.empty();
    }
}
