package org.opencities.testbench.orchestrator.admission;

import java.util.List;

import org.opencities.testbench.orchestrator.inventory.SegmentId;

/**
 * The committed capacity of every segment, changed only through admission control. Implementations
 * make {@link #reserve} atomic per segment, so that concurrent reservations (other threads, other
 * replicas) never take a segment over a limit, and keep committed capacity equal to the sum of
 * the reservations held.
 */
public interface CapacityLedger {

    /** Every in-service and out-of-service segment of a city with its decision for the demand, best placement first. */
    Feasibility feasibility(String city, Demand demand);

    /**
     * Reserves the demand for a service on the best segment of the city. Idempotent per service
     * id: a second call returns the reservation already held, wherever it is.
     *
     * @throws NotFeasible when no segment of the city admits the demand, with every segment's refusals
     */
    Reservation reserve(String serviceId, String city, Demand demand);

    /** Releases what the service holds; releasing twice, or what was never reserved, changes nothing and says false. */
    boolean release(String serviceId);

    /** Capacity reserved for a service on a segment. */
    record Reservation(String serviceId, SegmentId segment, Demand demand) {
    }

    /** The answer for a demand in a city: candidates ranked, admitted ones first. */
    record Feasibility(String city, Demand demand, List<AdmissionDecision> decisions) {

        public boolean feasible() {
            return !decisions.isEmpty() && decisions.get(0).admitted();
        }
    }
}
