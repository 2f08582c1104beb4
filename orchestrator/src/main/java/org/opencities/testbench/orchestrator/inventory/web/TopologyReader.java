package org.opencities.testbench.orchestrator.inventory.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opencities.testbench.orchestrator.OrchestratorProperties;
import org.opencities.testbench.orchestrator.inventory.InvalidSegment;
import org.opencities.testbench.orchestrator.inventory.ProbeEndpoint;
import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.SegmentStatus;
import org.opencities.testbench.orchestrator.inventory.Technology;
import org.opencities.testbench.orchestrator.inventory.TopologyRejected;
import org.opencities.testbench.orchestrator.inventory.TopologyRejected.RowError;

/**
 * Turns the rows of an imported topology (each a map of column name to text) into segments,
 * checking every row before any is stored: an error names its row and field, and a topology
 * with any error is rejected as a whole. Empty status, capacity and factor columns take the
 * defaults: in service, the technology's usable budget, the configured factors.
 */
final class TopologyReader {

    /** Most segments one import may carry. */
    static final int MAX_ROWS = 10_000;

    private final OrchestratorProperties.Admission defaults;

    TopologyReader(OrchestratorProperties.Admission defaults) {
        this.defaults = defaults;
    }

    /** @throws TopologyRejected with every error when any row is at fault */
    List<Segment> read(List<Map<String, String>> rows) {
        var errors = new ArrayList<RowError>();
        if (rows.isEmpty()) {
            throw new TopologyRejected(List.of(new RowError(0, "segments", "the topology has no segment")));
        }
        if (rows.size() > MAX_ROWS) {
            throw new TopologyRejected(List.of(new RowError(0, "segments",
                    "at most " + MAX_ROWS + " segments per import, this one has " + rows.size())));
        }
        var segments = new ArrayList<Segment>();
        var rowOfId = new HashMap<String, Integer>();
        var rowOfPort = new HashMap<String, Integer>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            var segment = segment(row, rows.get(i), errors);
            if (segment == null) {
                continue;
            }
            Integer sameId = rowOfId.putIfAbsent(segment.id().value(), row);
            if (sameId != null) {
                errors.add(new RowError(row, "id", "repeats the id of row " + sameId));
            }
            Integer samePort = rowOfPort.putIfAbsent(segment.olt() + "\n" + segment.ponPort(), row);
            if (samePort != null) {
                errors.add(new RowError(row, "ponPort", "repeats the OLT and port of row " + samePort));
            }
            segments.add(segment);
        }
        if (!errors.isEmpty()) {
            throw new TopologyRejected(errors);
        }
        return segments;
    }

    private Segment segment(int row, Map<String, String> fields, List<RowError> errors) {
        int before = errors.size();
        fields.keySet().stream().filter(column -> !TopologyRow.COLUMNS.contains(column)).sorted()
                .forEach(column -> errors.add(new RowError(row, column, "is not a column of the topology format; the columns are "
                        + String.join(", ", TopologyRow.COLUMNS))));
        var values = new Values(row, fields, errors);
        String id = values.text("id");
        if (id != null && !SegmentId.isValid(id)) {
            errors.add(new RowError(row, "id", "must be a lower-case slug of 2 to 80 characters"));
        }
        var technology = values.choice("technology", Technology.class, null);
        var status = values.choice("status", SegmentStatus.class, SegmentStatus.IN_SERVICE);
        int split = (int) values.number("splitRatio", null, Integer.MAX_VALUE);
        int onts = (int) values.number("ontCount", 0L, Integer.MAX_VALUE);
        // Without a known technology there is no default budget; the technology error says enough.
        long down = values.number("usableDownKbps", technology == null ? 0L : technology.usableDownKbps(), Long.MAX_VALUE);
        long up = values.number("usableUpKbps", technology == null ? 0L : technology.usableUpKbps(), Long.MAX_VALUE);
        double headroom = values.decimal("headroom", defaults.headroom());
        double overbooking = values.decimal("overbooking", defaults.overbooking());
        var probe = probe(values, row, errors);
        if (errors.size() > before) {
            return null;
        }
        try {
            return new Segment(id == null ? null : new SegmentId(id), values.text("city"), values.text("centralOffice"),
                    values.text("olt"), values.text("ponPort"), technology, split, onts, status, down, up, headroom,
                    overbooking, probe);
        } catch (InvalidSegment e) {
            e.violations().forEach(violation -> errors.add(new RowError(row, violation.field(), violation.reason())));
            return null;
        }
    }

    private static ProbeEndpoint probe(Values values, int row, List<RowError> errors) {
        String host = values.text("probeHost");
        String port = values.text("probePort");
        if (host == null && port == null) {
            return null;
        }
        if (host == null || port == null) {
            errors.add(new RowError(row, host == null ? "probeHost" : "probePort", "the probe needs both a host and a port, or neither"));
            return null;
        }
        try {
            return new ProbeEndpoint(host, Integer.parseInt(port));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row, e.getMessage().startsWith("probe host") ? "probeHost" : "probePort", e.getMessage()));
            return null;
        }
    }

    /** The text values of one row, converted with an error per field that does not convert. */
    private record Values(int row, Map<String, String> fields, List<RowError> errors) {

        String text(String column) {
            String value = fields.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        long number(String column, Long fallback, long max) {
            String value = text(column);
            if (value == null) {
                if (fallback == null) {
                    errors.add(new RowError(row, column, "must be given"));
                    return 0;
                }
                return fallback;
            }
            try {
                long number = Long.parseLong(value);
                if (number > max) {
                    errors.add(new RowError(row, column, "must be at most " + max));
                }
                return number;
            } catch (NumberFormatException e) {
                errors.add(new RowError(row, column, "must be a whole number, it is '" + value + "'"));
                return 0;
            }
        }

        double decimal(String column, double fallback) {
            String value = text(column);
            if (value == null) {
                return fallback;
            }
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                errors.add(new RowError(row, column, "must be a decimal number such as 0.1, it is '" + value + "'"));
                return fallback;
            }
        }

        <E extends Enum<E>> E choice(String column, Class<E> type, E fallback) {
            String value = text(column);
            if (value == null) {
                if (fallback == null) {
                    errors.add(new RowError(row, column, "must be given, one of " + List.of(type.getEnumConstants())));
                }
                return fallback;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(row, column, "must be one of " + List.of(type.getEnumConstants()) + ", it is '" + value + "'"));
                return fallback;
            }
        }
    }
}
