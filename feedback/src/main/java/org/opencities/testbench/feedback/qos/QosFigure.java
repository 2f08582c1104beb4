package org.opencities.testbench.feedback.qos;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The network figures scores are compared with, each with the band limits the report groups
 * answers by (lower limit included, upper excluded; the last band is open).
 */
public enum QosFigure {
    LATENCY("latencyMs", Measurement::rttMedianMs, 0, 10, 30, 100),
    JITTER("jitterMs", Measurement::jitterMs, 0, 1, 5, 20),
    LOSS("lossRatio", Measurement::lossRatio, 0, 0.001, 0.01, 0.05),
    THROUGHPUT("throughputMbps", Measurement::throughputMbps, 0, 10, 50, 200);

    private final String code;
    private final Function<Measurement, Double> reading;
    private final double[] limits;

    QosFigure(String code, Function<Measurement, Double> reading, double... limits) {
        this.code = code;
        this.reading = reading;
        this.limits = limits;
    }

    public String code() {
        return code;
    }

    /** The figure of a measurement, or {@code null} if its tool does not measure it. */
    public Double of(Measurement measurement) {
        return reading.apply(measurement);
    }

    /** The band a value falls in: {@code [limits[i], limits[i+1])}, the last one open. */
    public int band(double value) {
        for (int i = limits.length - 1; i > 0; i--) {
            if (value >= limits[i]) {
                return i;
            }
        }
        return 0;
    }

    public List<Band> bands() {
        return IntStream.range(0, limits.length)
                .mapToObj(i -> new Band(limits[i], i + 1 < limits.length ? limits[i + 1] : null)).toList();
    }

    /** @param upTo the excluded upper limit, {@code null} for the open last band */
    public record Band(double from, Double upTo) {
    }
}
