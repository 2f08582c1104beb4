package org.opencities.testbench.orchestrator.admission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.opencities.testbench.orchestrator.inventory.SegmentStatus;

/**
 * The admission rule of SPECS section 1, per segment and direction: the guaranteed rates admitted
 * stay within usable capacity x (1 - headroom), the maximum rates within usable capacity x
 * overbooking. Placement picks, among the segments that admit a demand, the one with the most
 * guaranteed rate left free afterwards in its tighter direction; ties go to the lower segment id.
 */
public final class AdmissionControl {

    private static final Comparator<AdmissionDecision> PLACEMENT = Comparator
            .comparingLong((AdmissionDecision decision) -> -decision.guaranteedLeftKbps())
            .thenComparing(decision -> decision.segment().segment().value());

    private AdmissionControl() {
    }

    /**
     * Whether the segment admits the demand, with every limit it would break.
     *
     * @throws InvalidProfile when a profile fits no T-CONT type, naming the direction and field
     */
    public static AdmissionDecision decide(SegmentCapacity segment, Demand demand) {
        demand.validated();
        var after = segment.with(demand);
        long guaranteedLeft = Math.min(after.freeGuaranteedKbps(Direction.DOWNSTREAM), after.freeGuaranteedKbps(Direction.UPSTREAM));
        if (segment.status() != SegmentStatus.IN_SERVICE) {
            return new AdmissionDecision(segment, List.of(Refusal.outOfService(segment.segment(),
                    segment.status().name().toLowerCase(Locale.ROOT).replace('_', ' '))), guaranteedLeft);
        }
        var refusals = new ArrayList<Refusal>();
        for (Direction direction : Direction.values()) {
            var committed = segment.committed(direction);
            var requested = Load.of(demand.in(direction));
            long guaranteedLimit = segment.guaranteedLimitKbps(direction);
            if (committed.guaranteedKbps() + requested.guaranteedKbps() > guaranteedLimit) {
                refusals.add(Refusal.exceeding(segment.segment(), direction, Refusal.Rate.GUARANTEED,
                        committed.guaranteedKbps(), requested.guaranteedKbps(), guaranteedLimit));
            }
            long maximumLimit = segment.maximumLimitKbps(direction);
            if (committed.maximumKbps() + requested.maximumKbps() > maximumLimit) {
                refusals.add(Refusal.exceeding(segment.segment(), direction, Refusal.Rate.MAXIMUM,
                        committed.maximumKbps(), requested.maximumKbps(), maximumLimit));
            }
        }
        return new AdmissionDecision(segment, refusals, guaranteedLeft);
    }

    /** Every candidate's decision, best placement first, refused ones after the admitted ones. */
    public static List<AdmissionDecision> rank(List<SegmentCapacity> candidates, Demand demand) {
        demand.validated();
        var decisions = candidates.stream().map(segment -> decide(segment, demand)).toList();
        var ranked = new ArrayList<AdmissionDecision>(decisions.stream().filter(AdmissionDecision::admitted).sorted(PLACEMENT).toList());
        decisions.stream().filter(decision -> !decision.admitted())
                .sorted(Comparator.comparing(decision -> decision.segment().segment().value()))
                .forEach(ranked::add);
        return ranked;
    }

    /** The segment the demand should go to, if any admits it. */
    public static Optional<AdmissionDecision> place(List<SegmentCapacity> candidates, Demand demand) {
        demand.validated();
        AdmissionDecision best = null;
        for (SegmentCapacity segment : candidates) {
            var decision = decide(segment, demand);
            if (decision.admitted() && (best == null || PLACEMENT.compare(decision, best) < 0)) {
                best = decision;
            }
        }
        return Optional.ofNullable(best);
    }
}
