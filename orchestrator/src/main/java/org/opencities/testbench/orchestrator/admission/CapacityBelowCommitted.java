package org.opencities.testbench.orchestrator.admission;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencities.testbench.orchestrator.Unprocessable;

/** A change would set a segment's limits below what its services already hold; the refusals carry the numbers. */
public class CapacityBelowCommitted extends Unprocessable {

    private final List<Refusal> refusals;

    public CapacityBelowCommitted(List<Refusal> refusals) {
        super(null, "The change would leave less than is committed; release services first or keep the limits: "
                + refusals.stream().map(Refusal::reason).collect(Collectors.joining("; ")));
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("refusals", refusals.stream().map(Refusal::asMap).toList());
    }
}
