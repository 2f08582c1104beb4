package org.opencities.testbench.probes.history.messaging;

import java.time.Instant;

import org.opencities.testbench.probes.history.Figures;
import org.opencities.testbench.probes.history.Measurement;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code data} of {@code measurement.completed} and {@code measurement.failed} as
 * docs/asyncapi.yaml describes them. Unknown fields are ignored; a missing required field fails
 * the message, which then goes the broker's way to the dead-letter queue.
 */
final class MeasurementEvents {

    private MeasurementEvents() {
    }

    static Measurement read(String type, JsonNode data) {
        var figures = switch (type) {
            case "measurement.completed" -> figures(data.path("result"));
            case "measurement.failed" -> Figures.NONE;
            default -> throw new IllegalArgumentException("not a measurement event: " + type);
        };
        String reason = type.equals("measurement.failed") ? required(data, "reason") : null;
        return new Measurement(required(data, "runId"), text(data, "assignmentId"), text(data, "agentId"),
                required(data, "segmentId"), text(data, "serviceId"), required(data, "tool"),
                Instant.parse(required(data, "startedAt")), instant(data, "endedAt"), figures, reason);
    }

    private static Figures figures(JsonNode result) {
        var rtt = result.path("rttMs");
        return new Figures(number(rtt, "min"), number(rtt, "mean"), number(rtt, "median"), number(rtt, "p95"),
                number(rtt, "max"), number(result, "jitterMs"), number(result, "lossRatio"),
                number(result, "goodputBitsPerSecond"), integer(result, "sent"), integer(result, "received"));
    }

    private static String required(JsonNode data, String field) {
        String value = text(data, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("measurement event without " + field);
        }
        return value;
    }

    private static String text(JsonNode data, String field) {
        var node = data.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }

    private static Instant instant(JsonNode data, String field) {
        String value = text(data, field);
        return value == null ? null : Instant.parse(value);
    }

    private static Double number(JsonNode data, String field) {
        var node = data.get(field);
        return node != null && node.isNumber() ? node.doubleValue() : null;
    }

    private static Integer integer(JsonNode data, String field) {
        var node = data.get(field);
        return node != null && node.isIntegralNumber() ? node.intValue() : null;
    }
}
