package org.opencities.testbench.orchestrator.probing.messaging;

import org.opencities.testbench.orchestrator.probing.ProbeAssignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.inventory.ProbeEndpoint;
import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.Technology;
import org.opencities.testbench.orchestrator.messaging.EventCatalogue;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assignments as the outbox keeps them for the relay: for the documented queue, with the JMS
 * properties the agents select on, and data with only the fields of {@code docs/events/examples/<type>.json}.
 */
class ProbeAssignmentContractTests {

    final JsonMapper json = JsonMapper.builder().build();
    final ProbingProperties settings = new ProbingProperties(true, "testbench.probe.assignments", Duration.ofMinutes(5),
            Duration.ofMinutes(1), new ProbingProperties.Stamp(100, 20, 0, 0));
    final List<Object> published = new ArrayList<>();
    final ProbeAssignments assignments = new ProbeAssignments(published::add, settings);

    static Segment segment(ProbeEndpoint probe) {
        var plain = Segment.of(new SegmentId("helsinki-co1-olt2-pon1"), "helsinki", "helsinki-co1", "helsinki-co1-olt2",
                "1/1/1", Technology.XGS_PON, 128, 40, 0.1, 2.0);
        return new Segment(plain.id(), plain.city(), plain.centralOffice(), plain.olt(), plain.ponPort(),
                plain.technology(), plain.splitRatio(), plain.ontCount(), plain.status(), plain.usableDownKbps(),
                plain.usableUpKbps(), plain.headroom(), plain.overbooking(), probe);
    }

    @Test
    void scheduleCarriesTheDocumentedFieldsAndTheSegmentsProbe() {
        assignments.schedule("probe-svc-1", "svc-1", segment(new ProbeEndpoint("10.20.2.1", 862)));

        JsonNode sent = relayed((ProbeAssignment) published.get(0), "helsinki-co1-olt2-pon1");

        assertThat(names(sent.get("data"))).isSubsetOf(documented("measure.schedule"))
                .contains("assignmentId", "serviceId", "segmentId", "tool", "repeat", "slip", "spec", "target");
        assertThat(sent.get("data").get("repeat").asString()).isEqualTo("PT5M");
        assertThat(sent.get("data").get("target").asString()).isEqualTo("10.20.2.1:862");
        assertThat(names(sent.get("data").get("spec"))).containsExactlyInAnyOrder("count", "intervalMs", "paddingBytes", "dscp");
        assertThat(sent.get("subject").asString()).isEqualTo("svc-1");
    }

    @Test
    void scheduleLeavesTheTargetOutWhenTheSegmentHasNoProbe() {
        assignments.schedule("probe-svc-1", "svc-1", segment(null));

        assertThat(relayed((ProbeAssignment) published.get(0), "helsinki-co1-olt2-pon1").get("data").has("target")).isFalse();
    }

    @Test
    void cancelCarriesTheDocumentedFields() {
        assignments.cancel("probe-svc-1", "svc-1", "helsinki-co1-olt2-pon1", "service terminated");

        JsonNode sent = relayed((ProbeAssignment) published.get(0), "helsinki-co1-olt2-pon1");

        assertThat(names(sent.get("data"))).containsExactlyInAnyOrderElementsOf(documented("measure.cancel"));
    }

    @Test
    void theSameAssignmentAlwaysHasTheSameEventId() {
        assignments.schedule("probe-svc-1", "svc-1", segment(null));
        assignments.schedule("probe-svc-1", "svc-1", segment(null));

        assertThat(((ProbeAssignment) published.get(0)).eventId()).isEqualTo(((ProbeAssignment) published.get(1)).eventId());
    }

    private JsonNode relayed(ProbeAssignment assignment, String segmentId) {
        var message = new ProbeAssignmentOutbox(null, json, settings).message(assignment);
        assertThat(message.address()).isEqualTo("testbench.probe.assignments");
        assertThat(message.anycast()).isTrue();
        assertThat(message.type()).isEqualTo(assignment.type());
        assertThat(message.eventId()).isEqualTo(assignment.eventId());
        assertThat(message.properties()).containsExactly(Map.entry("segmentId", segmentId));
        JsonNode sent = json.readTree(message.body());
        assertThat(sent.get("type").asString()).isEqualTo(assignment.type());
        assertThat(sent.get("id").asString()).isEqualTo(assignment.eventId().toString());
        return sent;
    }

    private List<String> documented(String type) {
        var event = EventCatalogue.events().stream().filter(candidate -> candidate.type().equals(type)).findFirst().orElseThrow();
        assertThat(event.address()).isEqualTo("testbench.probe.assignments");
        return names(json.readTree(event.example()).get("data"));
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
