package org.opencities.testbench.probes.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.opencities.testbench.probes.history.Measurement;

class SlaEvaluatorPropertyTests {

    private static final AcceptanceCriteria LATENCY_ONLY = new AcceptanceCriteria(30.0, null, null);
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Property
    void neverRaisesWhenEveryRunIsWithinTheLimit(@ForAll @Size(min = 1, max = 50) List<@DoubleRange(min = 0, max = 30) Double> rtts,
            @ForAll @IntRange(min = 1, max = 50) int minResults) {
        Assume.that(minResults <= rtts.size());
        var evaluator = new SlaEvaluator(WINDOW, minResults);

        assertThat(evaluator.evaluate(LATENCY_ONLY, window(rtts), false)).isInstanceOf(Verdict.Keep.class);
        assertThat(evaluator.evaluate(LATENCY_ONLY, window(rtts), true)).isInstanceOf(Verdict.Clear.class);
    }

    @Property
    void alwaysRaisesWhenEveryRunIsAboveTheLimit(@ForAll @Size(min = 1, max = 50) List<@DoubleRange(min = 30, minIncluded = false, max = 1e6) Double> rtts,
            @ForAll @IntRange(min = 1, max = 50) int minResults) {
        Assume.that(minResults <= rtts.size());
        var verdict = new SlaEvaluator(WINDOW, minResults).evaluate(LATENCY_ONLY, window(rtts), false);

        assertThat(verdict).isInstanceOf(Verdict.Raise.class);
        var breach = ((Verdict.Raise) verdict).breach();
        assertThat(breach.observed()).isGreaterThan(breach.threshold()).isIn(rtts);
    }

    @Property
    void neitherRaisesNorClearsWithFewerResultsThanTheMinimum(
            @ForAll @Size(max = 49) List<@DoubleRange(min = 0, max = 1e6) Double> rtts,
            @ForAll @IntRange(min = 1, max = 50) int minResults) {
        Assume.that(rtts.size() < minResults);
        var evaluator = new SlaEvaluator(WINDOW, minResults);

        assertThat(evaluator.evaluate(LATENCY_ONLY, window(rtts), false)).isInstanceOf(Verdict.Keep.class);
        assertThat(evaluator.evaluate(LATENCY_ONLY, window(rtts), true)).isInstanceOf(Verdict.Keep.class);
    }

    @Property
    void reportsTheConfiguredWindowAsTheAlarmsGranularity(@ForAll @LongRange(min = 1, max = 7 * 86_400) long seconds,
            @ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = 30, minIncluded = false, max = 1e6) Double> rtts) {
        var window = Duration.ofSeconds(seconds);
        var verdict = (Verdict.Raise) new SlaEvaluator(window, 1).evaluate(LATENCY_ONLY, window(rtts), false);
        var raised = AlarmRaised.of(new RaisedAlarm("svc-1", "alarm-1", "seg-1", Indicator.RTT_P95,
                verdict.breach().observed(), 30.0, SlaEvaluatorTests.T0), verdict.breach());

        assertThat(raised.crossedThresholdInformation().granularity()).isEqualTo(window.toString());
    }

    @Property
    void observesAValueOfTheWindowNoSmallerThanNinetyFivePercentOfIt(
            @ForAll @Size(min = 1, max = 50) List<@DoubleRange(min = 0, max = 100) Double> rtts) {
        var verdict = new SlaEvaluator(WINDOW, rtts.size()).evaluate(new AcceptanceCriteria(0.0, null, null), window(rtts), false);
        if (verdict instanceof Verdict.Raise raise) {
            double observed = raise.breach().observed();
            long atOrBelow = rtts.stream().filter(rtt -> rtt <= observed).count();
            assertThat((double) atOrBelow / rtts.size()).isGreaterThanOrEqualTo(0.95);
        } else {
            long zeros = rtts.stream().filter(rtt -> rtt == 0.0).count();
            assertThat((double) zeros / rtts.size()).as("a window within a zero limit").isGreaterThanOrEqualTo(0.95);
        }
    }

    private static List<Measurement> window(List<Double> rtts) {
        var window = new ArrayList<Measurement>();
        for (int i = 0; i < rtts.size(); i++) {
            window.add(SlaEvaluatorTests.run(i, rtts.get(i), 0.0, 0.0));
        }
        return window;
    }
}
