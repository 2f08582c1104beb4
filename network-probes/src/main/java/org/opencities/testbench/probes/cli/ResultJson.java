package org.opencities.testbench.probes.cli;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Results as one line of JSON each, field names as in the result records. */
final class ResultJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ResultJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
