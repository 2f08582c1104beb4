package org.opencities.testbench.probes.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.probes.history.Figures;
import org.opencities.testbench.probes.history.Measurement;

class SlaEvaluatorTests {

    static final Instant T0 = Instant.parse("2027-01-20T10:00:00Z");
    static final AcceptanceCriteria CRITERIA = new AcceptanceCriteria(30.0, 5.0, 0.001);

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final SlaEvaluator evaluator = new SlaEvaluator(WINDOW, 5);

    @Test
    void keepsQuietUntilTheWindowHoldsTheFewestResults() {
        var fourBadRuns = window(100.0, 100.0, 100.0, 100.0);
        var fourGoodRuns = window(1.0, 1.0, 1.0, 1.0);

        assertThat(evaluator.evaluate(CRITERIA, fourBadRuns, false)).isInstanceOf(Verdict.Keep.class);
        assertThat(evaluator.evaluate(CRITERIA, fourGoodRuns, true)).as("nor cleared").isInstanceOf(Verdict.Keep.class);
    }

    @Test
    void acceptsAnRttP95ExactlyAtTheLimit() {
        assertThat(evaluator.evaluate(CRITERIA, window(30.0, 30.0, 30.0, 30.0, 30.0), false)).isInstanceOf(Verdict.Keep.class);
    }

    @Test
    void raisesWhenTheRttP95IsJustAboveTheLimit() {
        var verdict = evaluator.evaluate(CRITERIA, window(10.0, 10.0, 10.0, 10.0, 30.000001), false);

        assertThat(verdict).isInstanceOf(Verdict.Raise.class);
        var breach = ((Verdict.Raise) verdict).breach();
        assertThat(breach.indicator()).isEqualTo(Indicator.RTT_P95);
        assertThat(breach.observed()).isEqualTo(30.000001);
        assertThat(breach.threshold()).isEqualTo(30.0);
        assertThat(breach.window()).as("the configured window, reported as granularity").isEqualTo(WINDOW);
    }

    @Test
    void takesTheNearestRankPercentileSoOneOutlierInTwentyDoesNotRaise() {
        var evaluator20 = new SlaEvaluator(WINDOW, 20);
        var rtts = new ArrayList<Double>();
        for (int i = 0; i < 19; i++) {
            rtts.add(10.0);
        }
        rtts.add(500.0);

        assertThat(evaluator20.evaluate(CRITERIA, window(rtts.toArray(Double[]::new)), false)).isInstanceOf(Verdict.Keep.class);
        rtts.set(0, 31.0);
        assertThat(evaluator20.evaluate(CRITERIA, window(rtts.toArray(Double[]::new)), false)).isInstanceOf(Verdict.Raise.class);
    }

    @Test
    void doesNotRaiseAgainWhileRaised() {
        assertThat(evaluator.evaluate(CRITERIA, window(50.0, 50.0, 50.0, 50.0, 50.0), true)).isInstanceOf(Verdict.Keep.class);
    }

    @Test
    void clearsARaisedAlarmWhenTheWindowIsWithinEveryLimit() {
        assertThat(evaluator.evaluate(CRITERIA, window(30.0, 1.0, 1.0, 1.0, 1.0), true)).isInstanceOf(Verdict.Clear.class);
    }

    @Test
    void raisesOnJitterAndOnLossAboveTheirLimits() {
        var jittery = runs(5, 10.0, 5.5, 0.0);
        var lossy = runs(5, 10.0, 1.0, 0.0011);

        assertThat(((Verdict.Raise) evaluator.evaluate(CRITERIA, jittery, false)).breach().indicator()).isEqualTo(Indicator.JITTER);
        assertThat(((Verdict.Raise) evaluator.evaluate(CRITERIA, lossy, false)).breach().indicator()).isEqualTo(Indicator.LOSS_RATIO);
        assertThat(evaluator.evaluate(CRITERIA, runs(5, 10.0, 5.0, 0.001), false)).isInstanceOf(Verdict.Keep.class);
    }

    @Test
    void ignoresLimitsThePilotDidNotSet() {
        var onlyLatency = new AcceptanceCriteria(30.0, null, null);

        assertThat(evaluator.evaluate(onlyLatency, runs(5, 10.0, 99.0, 0.9), false)).isInstanceOf(Verdict.Keep.class);
    }

    @Test
    void refusesAnEmptyWindowAndImpossibleCriteria() {
        assertThatThrownBy(() -> new SlaEvaluator(WINDOW, 0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new SlaEvaluator(Duration.ZERO, 5)).hasMessageContaining("positive duration");
        assertThatThrownBy(() -> new AcceptanceCriteria(-1.0, null, null)).hasMessageContaining("maxLatencyMs");
        assertThatThrownBy(() -> new AcceptanceCriteria(null, null, 1.5)).hasMessageContaining("between 0 and 1");
    }

    static List<Measurement> window(Double... rttP95s) {
        var window = new ArrayList<Measurement>();
        for (int i = 0; i < rttP95s.length; i++) {
            window.add(run(i, rttP95s[i], 1.0, 0.0));
        }
        return window;
    }

    static List<Measurement> runs(int count, double rttP95, double jitter, double loss) {
        var window = new ArrayList<Measurement>();
        for (int i = 0; i < count; i++) {
            window.add(run(i, rttP95, jitter, loss));
        }
        return window;
    }

    static Measurement run(int minute, double rttP95, double jitter, double loss) {
        var startedAt = T0.plusSeconds(60L * minute);
        var figures = new Figures(rttP95 / 2, rttP95 / 2, rttP95 / 2, rttP95, rttP95, jitter, loss, null, 100, 100);
        return new Measurement("run-" + minute, "as-1", "agent-1", "seg-1", "svc-1", "stamp", startedAt,
                startedAt.plusSeconds(2), figures, null);
    }
}
