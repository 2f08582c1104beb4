package org.opencities.testbench.orchestrator.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.opencities.testbench.orchestrator.messaging.EventCatalogue.DocumentedEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AsyncApiDocumentTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void documentsEveryExampleFileAndNothingElse() throws IOException {
        try (Stream<Path> files = Files.list(EventCatalogue.DOCS.resolve("events/examples"))) {
            var onDisk = files.map(path -> path.getFileName().toString()).sorted().toList();
            var documented = EventCatalogue.events().stream()
                    .map(event -> event.exampleFile().getFileName().toString()).sorted().toList();

            assertThat(documented).isEqualTo(onDisk).isNotEmpty();
        }
    }

    @Test
    void inlineExamplesAreTheExampleFilesAndValidCloudEvents() {
        for (DocumentedEvent event : EventCatalogue.events()) {
            JsonNode file = json.readTree(event.example());
            JsonNode inline = json.valueToTree(event.inlineExample());

            assertThat(inline).as(event.type()).isEqualTo(file);
            assertThat(file.get("specversion").asString()).as(event.type()).isEqualTo("1.0");
            assertThat(file.get("type").asString()).as(event.type()).isEqualTo(event.type());
            assertThat(file.get("datacontenttype").asString()).isEqualTo("application/json");
            assertThat(file.get("id").asString()).isNotBlank();
            assertThat(file.get("data").isObject()).as(event.type()).isTrue();
            assertThat(event.routingType()).isIn("multicast", "anycast");
        }
    }
}
