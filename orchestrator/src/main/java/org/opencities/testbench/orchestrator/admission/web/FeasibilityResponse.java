package org.opencities.testbench.orchestrator.admission.web;

import java.util.List;
import java.util.Map;

import org.opencities.testbench.orchestrator.admission.AdmissionDecision;
import org.opencities.testbench.orchestrator.admission.BandwidthProfile;
import org.opencities.testbench.orchestrator.admission.CapacityLedger.Feasibility;
import org.opencities.testbench.orchestrator.admission.Direction;
import org.opencities.testbench.orchestrator.admission.Refusal;
import org.opencities.testbench.orchestrator.inventory.web.DirectionCapacity;

/**
 * The answer of the feasibility endpoint: the T-CONT type and rates per direction, every segment
 * of the city ranked (the first admitted one is where the service would go) with its free
 * capacity, and when no segment admits the demand every refusal with its numbers.
 *
 * @param placement the segment the service would be placed on, or {@code null} when none admits it
 */
record FeasibilityResponse(String city, boolean feasible, String placement, Tcont downstream, Tcont upstream,
        List<Candidate> candidates, List<Map<String, Object>> refusals) {

    /** How one direction would be served. */
    record Tcont(int tcontType, String tcontName, long guaranteedKbps, long maximumKbps) {

        static Tcont of(BandwidthProfile profile) {
            var type = profile.tcontType();
            return new Tcont(type.number(), type.name(), profile.guaranteedKbps(), profile.maximumKbps());
        }
    }

    /** One segment of the city, its capacity now and whether it admits the demand. */
    record Candidate(String segment, String status, boolean admitted, long guaranteedLeftKbps, DirectionCapacity downstream,
            DirectionCapacity upstream, List<Map<String, Object>> refusals) {

        static Candidate of(AdmissionDecision decision) {
            var capacity = decision.segment();
            return new Candidate(capacity.segment().value(), capacity.status().name(), decision.admitted(),
                    decision.guaranteedLeftKbps(), DirectionCapacity.of(capacity, Direction.DOWNSTREAM),
                    DirectionCapacity.of(capacity, Direction.UPSTREAM),
                    decision.refusals().stream().map(Refusal::asMap).toList());
        }
    }

    static FeasibilityResponse of(Feasibility feasibility) {
        var demand = feasibility.demand();
        var decisions = feasibility.decisions();
        return new FeasibilityResponse(feasibility.city(), feasibility.feasible(),
                feasibility.feasible() ? decisions.get(0).segment().segment().value() : null,
                Tcont.of(demand.downstream()), Tcont.of(demand.upstream()),
                decisions.stream().map(Candidate::of).toList(),
                feasibility.feasible() ? List.of()
                        : decisions.stream().flatMap(decision -> decision.refusals().stream()).map(Refusal::asMap).toList());
    }
}
