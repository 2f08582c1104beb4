package org.opencities.testbench.probes.sla;

import java.util.function.Function;

import org.opencities.testbench.probes.history.Figures;

/** What the SLA evaluation compares with a limit, under its TMF642 {@code indicatorName}. */
public enum Indicator {
    RTT_P95("rttP95Ms", "RTT p95", Figures::rttP95Ms, AcceptanceCriteria::maxLatencyMs),
    JITTER("jitterMs", "jitter", Figures::jitterMs, AcceptanceCriteria::maxJitterMs),
    LOSS_RATIO("lossRatio", "loss ratio", Figures::lossRatio, AcceptanceCriteria::maxLossRatio);

    private final String indicatorName;
    private final String label;
    private final Function<Figures, Double> figure;
    private final Function<AcceptanceCriteria, Double> limit;

    Indicator(String indicatorName, String label, Function<Figures, Double> figure,
            Function<AcceptanceCriteria, Double> limit) {
        this.indicatorName = indicatorName;
        this.label = label;
        this.figure = figure;
        this.limit = limit;
    }

    public String indicatorName() {
        return indicatorName;
    }

    /** The TMF642 {@code specificProblem} of an alarm on this indicator. */
    public String specificProblem() {
        return label + " above the service's acceptance criterion";
    }

    Double valueOf(Figures figures) {
        return figure.apply(figures);
    }

    Double limitIn(AcceptanceCriteria criteria) {
        return limit.apply(criteria);
    }
}
