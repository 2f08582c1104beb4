package org.opencities.testbench.feedback.qos.inbox;

import java.time.OffsetDateTime;

import org.opencities.testbench.feedback.qos.Measurement;
import org.opencities.testbench.feedback.qos.Measurements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps what the QoE/QoS view needs of a {@code measurement.completed}
 * ({@code docs/events/examples/measurement.completed.json}): the segment, when the run ended, RTT
 * median and 95th percentile, jitter and loss from a STAMP run, goodput from a throughput run
 * ({@code result.goodputBitsPerSecond}, kept in Mbit/s). Unknown fields are ignored; a run without a
 * segment cannot be joined with answers and is skipped.
 */
@Component
public class MeasurementInbox {

    private static final Logger log = LoggerFactory.getLogger(MeasurementInbox.class);

    private final JsonMapper json;
    private final Measurements measurements;

    MeasurementInbox(JsonMapper json, Measurements measurements) {
        this.json = json;
        this.measurements = measurements;
    }

    public void completed(byte[] data) {
        JsonNode event = json.readTree(data);
        String segment = event.path("segmentId").stringValue(null);
        if (segment == null) {
            log.debug("measurement.completed {} names no segment; not kept for QoE/QoS", event.path("runId").stringValue());
            return;
        }
        JsonNode result = event.path("result");
        Double goodput = number(result.path("goodputBitsPerSecond"));
        measurements.record(new Measurement(event.path("runId").stringValue(), segment, event.path("tool").stringValue("unknown"),
                OffsetDateTime.parse(event.path("endedAt").stringValue()).toInstant(),
                number(result.path("rttMs").path("median")), number(result.path("rttMs").path("p95")),
                number(result.path("jitterMs")), number(result.path("lossRatio")),
                goodput == null ? null : goodput / 1_000_000));
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : null;
    }
}
