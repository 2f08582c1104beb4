package org.opencities.testbench.probes.history.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Contract tests: the example files of docs/events/examples are what the history reads. */
class MeasurementEventsTests {

    static final Path EXAMPLES = Path.of("..", "docs", "events", "examples").toAbsolutePath().normalize();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsTheCompletedExampleWithItsFigures() throws IOException {
        var event = example("measurement.completed.json");

        var run = MeasurementEvents.read(event.get("type").asString(), event.get("data"));

        assertThat(run.runId()).isEqualTo("run-88121");
        assertThat(run.segmentId()).isEqualTo("helsinki-co1-olt2-pon1");
        assertThat(run.serviceId()).isEqualTo("svc-helsinki-7f3a");
        assertThat(run.agentId()).isEqualTo("agent-helsinki-co1");
        assertThat(run.tool()).isEqualTo("stamp");
        assertThat(run.startedAt()).isEqualTo(Instant.parse("2027-01-20T10:00:00Z"));
        assertThat(run.endedAt()).isEqualTo(Instant.parse("2027-01-20T10:00:02Z"));
        assertThat(run.failed()).isFalse();
        assertThat(run.figures().rttMinMs()).isEqualTo(0.41);
        assertThat(run.figures().rttMeanMs()).isEqualTo(0.63);
        assertThat(run.figures().rttMedianMs()).isEqualTo(0.6);
        assertThat(run.figures().rttP95Ms()).isEqualTo(0.9);
        assertThat(run.figures().rttMaxMs()).isEqualTo(1.7);
        assertThat(run.figures().jitterMs()).isEqualTo(0.08);
        assertThat(run.figures().lossRatio()).isEqualTo(0.0);
        assertThat(run.figures().sent()).isEqualTo(100);
        assertThat(run.figures().received()).isEqualTo(100);
        assertThat(run.figures().throughputBitsPerSecond()).isNull();
    }

    @Test
    void readsTheFailedExampleWithItsReasonAndNoFigures() throws IOException {
        var event = example("measurement.failed.json");

        var run = MeasurementEvents.read(event.get("type").asString(), event.get("data"));

        assertThat(run.runId()).isEqualTo("run-88122");
        assertThat(run.tool()).isEqualTo("throughput");
        assertThat(run.failed()).isTrue();
        assertThat(run.failureReason()).contains("ACCESS_DENIED");
        assertThat(run.endedAt()).isEqualTo(Instant.parse("2027-01-20T10:05:01Z"));
        assertThat(run.figures().rttMeanMs()).isNull();
    }

    @Test
    void readsAThroughputRunsGoodputAndToleratesUnknownFields() {
        var data = JSON.readTree("""
                {"runId":"run-9","segmentId":"seg-1","tool":"throughput","startedAt":"2027-01-20T10:00:00Z",
                 "futureField":{"x":1},"result":{"goodputBitsPerSecond":9.41e7,"reverse":true,"streams":4}}""");

        var run = MeasurementEvents.read("measurement.completed", data);

        assertThat(run.figures().throughputBitsPerSecond()).isEqualTo(9.41e7);
        assertThat(run.serviceId()).isNull();
    }

    @Test
    void refusesAnEventWithoutRunIdOrAFailureWithoutReason() throws IOException {
        var withoutRunId = JSON.readTree("""
                {"segmentId":"seg-1","tool":"stamp","startedAt":"2027-01-20T10:00:00Z","result":{}}""");
        var failed = example("measurement.failed.json").get("data");
        ((tools.jackson.databind.node.ObjectNode) failed).remove("reason");

        assertThatThrownBy(() -> MeasurementEvents.read("measurement.completed", withoutRunId)).hasMessageContaining("runId");
        assertThatThrownBy(() -> MeasurementEvents.read("measurement.failed", failed)).hasMessageContaining("reason");
    }

    static JsonNode example(String file) throws IOException {
        return JSON.readTree(Files.readString(EXAMPLES.resolve(file)));
    }
}
