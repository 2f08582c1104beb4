package org.opencities.testbench.feedback.qos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import org.opencities.testbench.feedback.qos.QoeQosReport.BandScore;
import org.opencities.testbench.feedback.qos.QoeQosReport.Correlation;

/**
 * Joins each response with the measurements of the tester's segment that ended within the window
 * around the answer (the median of each figure over them), then compares every score with every
 * figure: Spearman's ρ and the score per band.
 */
public final class QoeQos {

    /** The scores compared: SUS, the NPS answer, MOS and UEQ-S overall. */
    public static final List<String> SCORES = List.of("sus", "nps", "mos", "ueq-s.overall");

    private final Measurements measurements;
    private final Duration window;
    private final int minimumAnswers;

    public QoeQos(Measurements measurements, Duration window, int minimumAnswers) {
        this.measurements = Objects.requireNonNull(measurements, "measurements");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be positive: " + window);
        }
        if (minimumAnswers < 2) {
            throw new IllegalArgumentException("a rank correlation needs at least 2 answers: " + minimumAnswers);
        }
        this.window = window;
        this.minimumAnswers = minimumAnswers;
    }

    public QoeQosReport report(String pilotId, List<ScoredAnswer> answers) {
        var joined = new ArrayList<Joined>();
        for (var answer : answers) {
            var figures = figuresAround(answer);
            if (!figures.isEmpty()) {
                joined.add(new Joined(answer.scores(), figures));
            }
        }
        var correlations = new ArrayList<Correlation>();
        for (String score : SCORES) {
            for (QosFigure figure : QosFigure.values()) {
                correlations.add(correlation(score, figure, joined));
            }
        }
        return new QoeQosReport(pilotId, window, minimumAnswers, answers.size(), joined.size(), correlations);
    }

    private record Joined(Map<String, Double> scores, Map<QosFigure, Double> figures) {
    }

    private Map<QosFigure, Double> figuresAround(ScoredAnswer answer) {
        var around = measurements.of(answer.segmentCode(), answer.submittedAt().minus(window), answer.submittedAt().plus(window));
        var figures = new EnumMap<QosFigure, Double>(QosFigure.class);
        for (QosFigure figure : QosFigure.values()) {
            double[] values = around.stream().map(figure::of).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                    .sorted().toArray();
            if (values.length > 0) {
                figures.put(figure, median(values));
            }
        }
        return figures;
    }

    private Correlation correlation(String score, QosFigure figure, List<Joined> joined) {
        var pairs = joined.stream().filter(j -> j.scores().containsKey(score) && j.figures().containsKey(figure)).toList();
        double[] scores = pairs.stream().mapToDouble(j -> j.scores().get(score)).toArray();
        double[] figures = pairs.stream().mapToDouble(j -> j.figures().get(figure)).toArray();
        boolean tooFew = pairs.size() < minimumAnswers;
        Double rho = tooFew ? null : boxed(Spearman.rho(figures, scores));
        var bands = new ArrayList<BandScore>();
        var limits = figure.bands();
        for (int band = 0; band < limits.size(); band++) {
            var inBand = new ArrayList<Double>();
            for (int i = 0; i < pairs.size(); i++) {
                if (figure.band(figures[i]) == band) {
                    inBand.add(scores[i]);
                }
            }
            boolean bandTooFew = inBand.size() < minimumAnswers;
            String statistic = score.equals("nps") ? "nps" : "mean";
            Double value = bandTooFew ? null : statistic.equals("nps") ? nps(inBand) : mean(inBand);
            bands.add(new BandScore(limits.get(band).from(), limits.get(band).upTo(), inBand.size(), statistic, value, bandTooFew));
        }
        return new Correlation(score, figure.code(), pairs.size(), rho, tooFew, bands);
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** % promoters (9-10) minus % detractors (0-6). */
    private static double nps(List<Double> answers) {
        long promoters = answers.stream().filter(answer -> answer >= 9).count();
        long detractors = answers.stream().filter(answer -> answer <= 6).count();
        return 100.0 * (promoters - detractors) / answers.size();
    }
}
