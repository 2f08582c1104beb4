package org.opencities.testbench.orchestrator.inventory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencities.testbench.orchestrator.inventory.TopologyRejected;
import org.opencities.testbench.orchestrator.inventory.TopologyRejected.RowError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The two topology formats, read into rows of text values and written from {@link TopologyRow}s:
 * CSV with a header line naming the columns, and JSON {@code {"segments": [...]}}. Both read as
 * the same rows, so they are checked by the same rules; an unreadable document is rejected as row 0.
 */
final class TopologyFormats {

    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final CsvSchema WRITE_SCHEMA = TopologyRow.COLUMNS.stream()
            .reduce(CsvSchema.builder(), CsvSchema.Builder::addColumn, (a, b) -> a).build().withHeader();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TopologyFormats() {
    }

    static String csv(List<TopologyRow> rows) {
        return CSV.writer(WRITE_SCHEMA).writeValueAsString(rows);
    }

    static List<Map<String, String>> readCsv(String text) {
        var rows = new ArrayList<Map<String, String>>();
        try (var records = CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).<Map<String, String>>readValues(text)) {
            while (records.hasNextValue() && rows.size() <= TopologyReader.MAX_ROWS) {
                rows.add(records.nextValue());
            }
        } catch (JacksonException e) {
            throw unreadable("CSV with a header line of the columns " + String.join(",", TopologyRow.COLUMNS), e);
        }
        return rows;
    }

    static List<Map<String, String>> readJson(String text) {
        JsonNode document;
        try {
            document = JSON.readTree(text);
        } catch (JacksonException e) {
            throw unreadable("JSON {\"segments\": [{...}, ...]}", e);
        }
        var segments = document == null ? null : document.get("segments");
        if (segments == null || !segments.isArray()) {
            throw new TopologyRejected(List.of(new RowError(0, "segments", "must be an array of segment objects")));
        }
        var rows = new ArrayList<Map<String, String>>();
        var errors = new ArrayList<RowError>();
        for (int i = 0; i < segments.size() && rows.size() <= TopologyReader.MAX_ROWS; i++) {
            var node = segments.get(i);
            var row = new LinkedHashMap<String, String>();
            if (!node.isObject()) {
                errors.add(new RowError(i + 1, "segments[" + i + "]", "must be an object"));
            } else {
                for (var property : node.properties()) {
                    var value = property.getValue();
                    if (value.isContainer()) {
                        errors.add(new RowError(i + 1, property.getKey(), "must be a number or a text"));
                    } else if (!value.isNull()) {
                        row.put(property.getKey(), value.asString());
                    }
                }
            }
            rows.add(row);
        }
        if (!errors.isEmpty()) {
            throw new TopologyRejected(errors);
        }
        return rows;
    }

    private static TopologyRejected unreadable(String expected, JacksonException e) {
        return new TopologyRejected(List.of(new RowError(0, "body", "must be " + expected + ": " + e.getOriginalMessage())));
    }
}
