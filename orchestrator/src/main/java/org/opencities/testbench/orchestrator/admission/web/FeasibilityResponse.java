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
 * The answer of the feasibility endpoint: the T-CONT type and rates per direction, the city's
 * segments ranked (the first admitted one is where the service would go) with their free capacity,
 * as many as asked for, and when no segment admits the demand the listed segments' refusals with
 * their numbers.
 *
 * @param placement the segment the service would be placed on, or {@code null} when none admits it
 * @param segments how many segments the city has, listed or not
 */
record FeasibilityResponse(String city, boolean feasible, String placement, Tcont downstream, Tcont upstream,
        int segments, List<Candidate> candidates, List<Map<String, Object>> refusals) {

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

    /** The answer with the {@code limit} best-ranked segments of the city. */
    static FeasibilityResponse of(Feasibility feasibility, int limit) {
        var demand = feasibility.demand();
        var all = feasibility.decisions();
        var listed = all.subList(0, Math.min(limit, all.size()));
        return new FeasibilityResponse(feasibility.city(), feasibility.feasible(),
                feasibility.feasible() ? all.get(0).segment().segment().value() : null,
                Tcont.of(demand.downstream()), Tcont.of(demand.upstream()), all.size(),
                listed.stream().map(Candidate::of).toList(),
                feasibility.feasible() ? List.of()
                        : listed.stream().flatMap(decision -> decision.refusals().stream()).map(Refusal::asMap).toList());
    }
}
