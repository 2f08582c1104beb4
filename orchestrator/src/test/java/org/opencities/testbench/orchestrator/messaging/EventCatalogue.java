package org.opencities.testbench.orchestrator.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * The event contract as {@code docs/asyncapi.yaml} describes it: every message with its address
 * and its example file. Tests read it from the repository, so the document is what they check.
 */
public final class EventCatalogue {

    /** One documented event type. */
    public record DocumentedEvent(String type, String address, String routingType, Path exampleFile, Object inlineExample) {

        public String example() {
            try {
                return Files.readString(exampleFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static final Path DOCS = Path.of("..", "docs").toAbsolutePath().normalize();

    private EventCatalogue() {
    }

    @SuppressWarnings("unchecked")
    public static List<DocumentedEvent> events() {
        Map<String, Object> document;
        try (var reader = Files.newBufferedReader(DOCS.resolve("asyncapi.yaml"))) {
            document = new Yaml().load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var messages = (Map<String, Map<String, Object>>) ((Map<String, Object>) document.get("components")).get("messages");
        var channels = (Map<String, Map<String, Object>>) document.get("channels");
        var events = new ArrayList<DocumentedEvent>();
        channels.values().forEach(channel -> ((Map<String, Object>) channel.get("messages")).keySet().forEach(key -> {
            var message = messages.get(key);
            var inline = ((List<Map<String, Object>>) message.get("examples")).get(0).get("payload");
            events.add(new DocumentedEvent((String) message.get("name"), (String) channel.get("address"),
                    (String) channel.get("x-routing-type"), DOCS.resolve((String) message.get("x-example-file")), inline));
        }));
        return events;
    }
}
