package org.opencities.testbench.orchestrator.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.messaging.EventCatalogue;
import tools.jackson.databind.json.JsonMapper;

class OrderStateChangedTests {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesTheDataOfTheDocumentedExample() {
        var example = EventCatalogue.events().stream().filter(event -> event.type().equals("order.stateChanged")).findFirst()
                .orElseThrow();
        var documented = json.readTree(example.example()).get("data");

        var written = json.valueToTree(new OrderStateChanged("so-1001", "pilot-7f3a", "completed", "inProgress"));

        assertThat(written).isEqualTo(documented);
        assertThat(example.address()).isEqualTo("testbench.service.events");
    }

    @Test
    void keepsItsIdForTheSameTransitionAndChangesItForAnother() {
        var first = new OrderStateChanged("so-1", null, "inProgress", "acknowledged");

        assertThat(first.eventId()).isEqualTo(new OrderStateChanged("so-1", null, "inProgress", "acknowledged").eventId());
        assertThat(List.of(new OrderStateChanged("so-1", null, "completed", "inProgress").eventId(),
                new OrderStateChanged("so-2", null, "inProgress", "acknowledged").eventId())).doesNotContain(first.eventId());
        assertThat(first.type()).isEqualTo("order.stateChanged");
        assertThat(first.subject()).isEqualTo("so-1");
    }
}
