package org.opencities.testbench.orchestrator.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.orchestrator.OrchestratorEvent;
import org.opencities.testbench.orchestrator.OrchestratorProperties;
import org.opencities.testbench.orchestrator.alarm.AlarmRaised;
import org.opencities.testbench.orchestrator.provisioning.Rates;
import org.opencities.testbench.orchestrator.provisioning.ServiceActivated;
import org.opencities.testbench.orchestrator.provisioning.ServiceFailed;
import org.opencities.testbench.orchestrator.provisioning.ServiceReserved;
import org.opencities.testbench.orchestrator.provisioning.ServiceTerminated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provisioning events as the outbox keeps them for the relay: each goes to its documented address, and its
 * data has exactly the fields of {@code docs/events/examples/<type>.json} (the alarm's optional
 * threshold information aside), without the event id.
 */
class ProvisioningEventsContractTests {

    static final Instant AT = Instant.parse("2027-01-15T08:02:11Z");

    static List<OrchestratorEvent> events() {
        var id = UUID.randomUUID();
        return List.of(
                new ServiceReserved(id, "svc-1", "so-1", "pilot-1", "helsinki-co1-olt2-pon1", "reserved",
                        new Rates(20_000, 100_000), new Rates(5_000, 20_000)),
                new ServiceActivated(id, "svc-1", "so-1", "pilot-1", "helsinki-co1-olt2-pon1", "active", AT),
                new ServiceFailed(id, "svc-1", "so-1", "pilot-1", "oulu-co1-olt1-pon1", "terminated", "Segment full"),
                new ServiceTerminated(id, "svc-1", "so-2", "pilot-1", "helsinki-co1-olt2-pon1", "terminated", AT),
                AlarmRaised.provisioningFailed("svc-1", "Provisioning failed: Segment full", AT));
    }

    @ParameterizedTest
    @MethodSource("events")
    void sendsTheDocumentedDataToTheDocumentedAddress(OrchestratorEvent event) {
        var documented = EventCatalogue.events().stream().filter(candidate -> candidate.type().equals(event.type()))
                .findFirst().orElseThrow();
        var json = JsonMapper.builder().build();
        var messaging = new OrchestratorProperties.Messaging("testbench.service.events", "testbench.orders", List.of(),
                "testbench.alarms", "testbench.provisioning");

        var message = new OrchestratorCloudEvents(json, new OrchestratorProperties(false, messaging,
                new OrchestratorProperties.Admission(0.1, 2.0))).of(event);

        assertThat(message.address()).isEqualTo(documented.address());
        assertThat(message.type()).isEqualTo(event.type());
        assertThat(message.eventId()).isEqualTo(event.eventId());
        JsonNode sent = json.readTree(message.body());
        JsonNode example = json.readTree(documented.example());
        assertThat(sent.get("type").asString()).isEqualTo(event.type());
        assertThat(sent.get("id").asString()).isEqualTo(event.eventId().toString());
        var expected = names(example.get("data"));
        expected.remove("crossedThresholdInformation");
        assertThat(names(sent.get("data"))).containsExactlyInAnyOrderElementsOf(expected);
        if (example.get("data").has("alarmedObject")) {
            assertThat(names(sent.get("data").get("alarmedObject"))).containsExactlyInAnyOrderElementsOf(
                    names(example.get("data").get("alarmedObject")));
        }
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
