package org.opencities.testbench.orchestrator.inventory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencities.testbench.orchestrator.Unprocessable;
import org.opencities.testbench.orchestrator.inventory.Segment.Violation;

/** A segment with fields at fault; {@link #violations()} names every one with its reason. */
public class InvalidSegment extends Unprocessable {

    private final List<Violation> violations;

    public InvalidSegment(String id, List<Violation> violations) {
        super(violations.get(0).field(), "Segment " + (id == null ? "without id" : id) + " is not valid: "
                + violations.stream().map(v -> v.field() + " " + v.reason()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("errors", violations.stream().map(v -> Map.of("field", v.field(), "reason", v.reason())).toList());
    }
}
