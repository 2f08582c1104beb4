package org.opencities.testbench.feedback.qos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class QoeQosTests {

    private static final Instant NOON = Instant.parse("2027-02-10T12:00:00Z");

    /** Measurements kept in a list, filtered as the store does. */
    static final class InMemoryMeasurements implements Measurements {
        final List<Measurement> all = new ArrayList<>();

        @Override
        public void record(Measurement measurement) {
            all.add(measurement);
        }

        @Override
        public List<Measurement> of(String segmentId, Instant from, Instant to) {
            return all.stream().filter(m -> m.segmentId().equals(segmentId) && !m.endedAt().isBefore(from)
                    && !m.endedAt().isAfter(to)).toList();
        }
    }

    final InMemoryMeasurements measurements = new InMemoryMeasurements();
    final QoeQos qoeQos = new QoeQos(measurements, Duration.ofMinutes(30), 3);

    @Test
    void joinsEachAnswerWithTheMedianOfItsSegmentsMeasurementsWithinTheWindow() {
        stamp("seg-a", NOON.minus(Duration.ofMinutes(20)), 5);
        stamp("seg-a", NOON.plus(Duration.ofMinutes(10)), 7);
        stamp("seg-a", NOON.plus(Duration.ofMinutes(25)), 40);
        stamp("seg-a", NOON.plus(Duration.ofMinutes(31)), 900);
        stamp("seg-b", NOON, 900);

        var report = qoeQos.report("pilot-1", List.of(answer("r1", "seg-a", NOON, 80)));

        var latencyBands = correlation(report, "sus", "latencyMs").bands();
        assertThat(report.joined()).isEqualTo(1);
        assertThat(latencyBands).extracting(QoeQosReport.BandScore::n).as("the median of 5, 7 and 40 ms is under 10 ms")
                .containsExactly(1, 0, 0, 0);
    }

    @Test
    void correlatesScoresWithFiguresAndReportsTheScorePerBand() {
        // Latency 2, 4, 20, 50, 150 ms against SUS 90, 85, 70, 60, 40: strictly decreasing, rho = -1.
        double[] latency = {2, 4, 20, 50, 150};
        double[] sus = {90, 85, 70, 60, 40};
        var answers = new ArrayList<ScoredAnswer>();
        for (int i = 0; i < latency.length; i++) {
            stamp("seg-" + i, NOON, latency[i]);
            answers.add(answer("r" + i, "seg-" + i, NOON, sus[i]));
        }

        var sus5 = correlation(qoeQos.report("pilot-1", answers), "sus", "latencyMs");

        assertThat(sus5.n()).isEqualTo(5);
        assertThat(sus5.tooFewAnswers()).isFalse();
        assertThat(sus5.rho()).isCloseTo(-1, within(1e-12));
        assertThat(sus5.bands()).extracting(QoeQosReport.BandScore::n).containsExactly(2, 1, 1, 1);
        assertThat(sus5.bands().get(1).tooFewAnswers()).as("one answer in the 10-30 ms band").isTrue();
        assertThat(sus5.bands().get(1).value()).isNull();
    }

    @Test
    void reportsTooFewAnswersBelowTheMinimumAndTheNpsPerBandAsANetScore() {
        stamp("seg-a", NOON, 3);
        var answers = List.of(nps("r1", 10), nps("r2", 9), nps("r3", 2), nps("r4", 7));

        var report = qoeQos.report("pilot-1", answers);

        var nps = correlation(report, "nps", "latencyMs");
        assertThat(nps.n()).isEqualTo(4);
        assertThat(nps.bands().get(0).statistic()).isEqualTo("nps");
        assertThat(nps.bands().get(0).value()).as("2 promoters, 1 detractor of 4").isEqualTo(25.0);
        assertThat(correlation(report, "nps", "throughputMbps").n()).as("no throughput measured").isZero();
        assertThat(correlation(report, "nps", "throughputMbps").tooFewAnswers()).isTrue();
        assertThat(correlation(report, "nps", "throughputMbps").rho()).isNull();
    }

    private ScoredAnswer nps(String id, double answer) {
        return new ScoredAnswer(id, "seg-a", NOON, Map.of("nps", answer));
    }

    private void stamp(String segment, Instant endedAt, double rttMedian) {
        measurements.record(new Measurement("run-" + measurements.all.size(), segment, "stamp", endedAt, rttMedian,
                rttMedian * 2, 0.1, 0.0, null));
    }

    private static ScoredAnswer answer(String id, String segment, Instant at, double sus) {
        return new ScoredAnswer(id, segment, at, Map.of("sus", sus));
    }

    private static QoeQosReport.Correlation correlation(QoeQosReport report, String score, String figure) {
        return report.correlations().stream().filter(c -> c.score().equals(score) && c.figure().equals(figure))
                .findFirst().orElseThrow();
    }
}
