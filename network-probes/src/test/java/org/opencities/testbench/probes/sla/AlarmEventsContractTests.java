package org.opencities.testbench.probes.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.junit.jupiter.api.Test;
import org.opencities.testbench.probes.ProbeEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The alarms the SLA evaluation publishes have the shape of docs/events/examples/alarm.*.json, member by member. */
class AlarmEventsContractTests {

    private static final Path EXAMPLES = Path.of("..", "docs", "events", "examples").toAbsolutePath().normalize();
    // As the relay writes events: the event id travels as the CloudEvent id, not in the data.
    private static final JsonMapper JSON = JsonMapper.builder().addMixIn(ProbeEvent.class, WithoutEventId.class).build();

    @JsonIgnoreProperties("eventId")
    private interface WithoutEventId {
    }

    private static final RaisedAlarm ALARM = new RaisedAlarm("svc-helsinki-7f3a", "alarm-3001", "helsinki-co1-olt2-pon1",
            Indicator.RTT_P95, 42.5, 30.0, Instant.parse("2027-01-20T10:10:00Z"));

    @Test
    void raisesAlarmsShapedLikeTheExample() throws IOException {
        var raised = AlarmRaised.of(ALARM, new Breach(Indicator.RTT_P95, 42.5, 30.0, Duration.ofMinutes(15)));

        var written = JSON.readTree(JSON.writeValueAsString(raised));
        var example = example("alarm.raised.json");

        assertThat(paths(written, "")).containsExactlyInAnyOrderElementsOf(paths(example.get("data"), ""));
        assertThat(written).isEqualTo(example.get("data"));
        assertThat(raised.type()).isEqualTo(example.get("type").asString());
        assertThat(raised.subject()).isEqualTo(example.get("subject").asString());
    }

    @Test
    void clearsAlarmsShapedLikeTheExample() throws IOException {
        var cleared = AlarmCleared.of(ALARM, Instant.parse("2027-01-20T10:25:00Z"));

        var written = JSON.readTree(JSON.writeValueAsString(cleared));
        var example = example("alarm.cleared.json");

        assertThat(written).isEqualTo(example.get("data"));
        assertThat(cleared.type()).isEqualTo(example.get("type").asString());
    }

    private static List<String> paths(JsonNode node, String prefix) {
        var paths = new ArrayList<String>();
        node.properties().forEach(entry -> {
            paths.add(prefix + entry.getKey());
            if (entry.getValue().isObject()) {
                paths.addAll(paths(entry.getValue(), prefix + entry.getKey() + "."));
            }
        });
        return paths;
    }

    private static JsonNode example(String file) throws IOException {
        return JSON.readTree(Files.readString(EXAMPLES.resolve(file)));
    }
}
