package org.opencities.testbench.orchestrator.admission;

import java.util.List;

/**
 * Whether one segment admits a demand, and if not, every limit it would break.
 *
 * @param guaranteedLeftKbps guaranteed rate the segment would still have free after the demand, in
 *     its tighter direction (negative when refused for it)
 */
public record AdmissionDecision(SegmentCapacity segment, List<Refusal> refusals, long guaranteedLeftKbps) {

    public AdmissionDecision {
        refusals = List.copyOf(refusals);
    }

    public boolean admitted() {
        return refusals.isEmpty();
    }
}
