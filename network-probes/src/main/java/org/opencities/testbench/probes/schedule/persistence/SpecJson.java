package org.opencities.testbench.probes.schedule.persistence;

import java.net.URI;
import java.time.Duration;

import org.opencities.testbench.probes.spec.Endpoint;
import org.opencities.testbench.probes.spec.HttpTimingSpec;
import org.opencities.testbench.probes.spec.MeasurementSpec;
import org.opencities.testbench.probes.spec.StampSpec;
import org.opencities.testbench.probes.spec.ThroughputSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A spec's options as they travel in {@code measure.schedule} and are stored with a task, without
 * the target: {@code stamp} {count, intervalMs, paddingBytes, dscp, timeoutMs}, {@code throughput}
 * {seconds, omitSeconds, parallel, reverse}, {@code http} {url, timeoutMs, maxBodyBytes}. Missing
 * options take the defaults below; the spec's constructor refuses values out of range.
 */
public final class SpecJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SpecJson() {
    }

    /** The spec of {@code tool} against {@code target} (unused by http) with the given options. */
    public static MeasurementSpec read(String tool, Endpoint target, JsonNode options) {
        JsonNode spec = options == null ? MAPPER.createObjectNode() : options;
        return switch (tool) {
            case "stamp" -> new StampSpec(required(target, tool), spec.path("count").asInt(100),
                    Duration.ofMillis(spec.path("intervalMs").asLong(20)), spec.path("paddingBytes").asInt(0),
                    spec.path("dscp").asInt(0), Duration.ofMillis(spec.path("timeoutMs").asLong(1_000)));
            case "throughput" -> new ThroughputSpec(required(target, tool), Duration.ofSeconds(spec.path("seconds").asLong(10)),
                    Duration.ofSeconds(spec.path("omitSeconds").asLong(0)), spec.path("parallel").asInt(1),
                    spec.path("reverse").asBoolean(false), ThroughputSpec.DEFAULT_BLOCK_SIZE, Duration.ofSeconds(5),
                    spec.hasNonNull("rttReflector") ? Endpoint.parse(spec.get("rttReflector").asString()) : null);
            case "http" -> new HttpTimingSpec(URI.create(spec.path("url").asString("")),
                    Duration.ofMillis(spec.path("timeoutMs").asLong(10_000)), spec.path("maxBodyBytes").asLong(1L << 20));
            default -> throw new IllegalArgumentException("tool must be stamp, throughput or http: " + tool);
        };
    }

    /** Reads stored JSON text. */
    public static MeasurementSpec read(String tool, Endpoint target, String options) {
        return read(tool, target, MAPPER.readTree(options));
    }

    /** The options of a spec, the inverse of {@link #read}. */
    public static String write(MeasurementSpec spec) {
        ObjectNode node = MAPPER.createObjectNode();
        if (spec instanceof StampSpec stamp) {
            node.put("count", stamp.count()).put("intervalMs", stamp.interval().toMillis())
                    .put("paddingBytes", stamp.padding()).put("dscp", stamp.dscp())
                    .put("timeoutMs", stamp.timeout().toMillis());
        } else if (spec instanceof ThroughputSpec throughput) {
            node.put("seconds", throughput.time().toSeconds()).put("omitSeconds", throughput.omit().toSeconds())
                    .put("parallel", throughput.parallel()).put("reverse", throughput.reverse());
            if (throughput.rttReflector() != null) {
                node.put("rttReflector", throughput.rttReflector().toString());
            }
        } else if (spec instanceof HttpTimingSpec http) {
            node.put("url", http.url().toString()).put("timeoutMs", http.timeout().toMillis())
                    .put("maxBodyBytes", http.maxBodyBytes());
        }
        return MAPPER.writeValueAsString(node);
    }

    /** The target of a stored spec: its address for stamp and throughput, its URL for http. */
    public static Endpoint targetOf(String tool, String address) {
        return "http".equals(tool) ? null : Endpoint.parse(address);
    }

    private static Endpoint required(Endpoint target, String tool) {
        if (target == null) {
            throw new IllegalArgumentException("a " + tool + " task needs a target host:port");
        }
        return target;
    }
}
