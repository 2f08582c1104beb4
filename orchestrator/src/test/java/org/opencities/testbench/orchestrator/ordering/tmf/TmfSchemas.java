package org.opencities.testbench.orchestrator.ordering.tmf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official TM Forum swagger definitions (copies under {@code src/test/resources/tmf}) as JSON
 * schemas: a swagger 2.0 definition is a draft-4 schema that refers to its siblings by
 * {@code #/definitions/...}.
 */
public final class TmfSchemas {

    public static final String TMF641 = "tmf/tmf641-v4.1.0.swagger.json";
    public static final String TMF638 = "tmf/tmf638-v4.swagger.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private TmfSchemas() {
    }

    /** What in {@code document} breaks the definition; empty when it is valid. */
    public static List<String> violations(String swagger, String definition, JsonNode document) {
        return SCHEMAS.computeIfAbsent(swagger + "#" + definition, key -> schema(swagger, definition)).validate(document)
                .stream().map(Error::toString).toList();
    }

    private static Schema schema(String swagger, String definition) {
        var root = JSON.createObjectNode();
        root.set("definitions", read(swagger).get("definitions"));
        root.put("$ref", "#/definitions/" + definition);
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(root);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = TmfSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
