package org.opencities.testbench.orchestrator.admission;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.opencities.testbench.orchestrator.inventory.SegmentStatus;

/**
 * The admission rule of SPECS section 1, per segment and direction: the guaranteed rates admitted
 * stay within usable capacity x (1 - headroom), the maximum rates within usable capacity x
 * overbooking. Placement picks, among the segments that admit a demand, the one with the most
 * guaranteed rate left free afterwards in its tighter direction; ties go to the lower segment id.
 */
public final class AdmissionControl {

    private static final Comparator<AdmissionDecision> SEGMENT_ORDER =
            Comparator.comparing(decision -> decision.segment().segment().value());
    private static final Comparator<AdmissionDecision> PLACEMENT = Comparator
            .comparingLong((AdmissionDecision decision) -> -decision.guaranteedLeftKbps())
            .thenComparing(SEGMENT_ORDER);

    private AdmissionControl() {
    }

    /**
     * Whether the segment admits the demand, with every limit it would break.
     *
     * @throws InvalidProfile when a profile fits no T-CONT type, naming the direction and field
     */
    public static AdmissionDecision decide(SegmentCapacity segment, Demand demand) {
        demand.validated();
        return new AdmissionDecision(segment, Load.of(demand.downstream()), Load.of(demand.upstream()));
    }

    /**
     * Every candidate's decision, best placement first, refused ones after the admitted ones in
     * segment order. Candidates given in segment order, as the ledger reads them, make the refused
     * ones' sort a single pass.
     */
    public static List<AdmissionDecision> rank(List<SegmentCapacity> candidates, Demand demand) {
        demand.validated();
        var down = Load.of(demand.downstream());
        var up = Load.of(demand.upstream());
        var admitted = new ArrayList<AdmissionDecision>(candidates.size());
        var refused = new ArrayList<AdmissionDecision>();
        for (SegmentCapacity segment : candidates) {
            var decision = new AdmissionDecision(segment, down, up);
            (decision.admitted() ? admitted : refused).add(decision);
        }
        admitted.sort(PLACEMENT);
        refused.sort(SEGMENT_ORDER);
        admitted.addAll(refused);
        return Collections.unmodifiableList(admitted);
    }

    /** The segment the demand should go to, if any admits it; only the chosen one's decision is built. */
    public static Optional<AdmissionDecision> place(List<SegmentCapacity> candidates, Demand demand) {
        demand.validated();
        var down = Load.of(demand.downstream());
        var up = Load.of(demand.upstream());
        SegmentCapacity best = null;
        long bestLeft = Long.MIN_VALUE;
        for (SegmentCapacity segment : candidates) {
            long left = guaranteedLeftKbps(segment, down, up);
            if (!admits(segment, left, down, up)) {
                continue;
            }
            if (best == null || left > bestLeft
                    || left == bestLeft && segment.segment().value().compareTo(best.segment().value()) < 0) {
                best = segment;
                bestLeft = left;
            }
        }
        return Optional.ofNullable(best).map(segment -> new AdmissionDecision(segment, down, up));
    }

    /** Guaranteed rate the segment keeps free after the loads, in its tighter direction (negative when it has not enough). */
    static long guaranteedLeftKbps(SegmentCapacity segment, Load down, Load up) {
        return Math.min(segment.freeGuaranteedKbps(Direction.DOWNSTREAM) - down.guaranteedKbps(),
                segment.freeGuaranteedKbps(Direction.UPSTREAM) - up.guaranteedKbps());
    }

    /** Whether an in-service segment with {@code guaranteedLeftKbps} free after the loads also has room for their maximum rates. */
    static boolean admits(SegmentCapacity segment, long guaranteedLeftKbps, Load down, Load up) {
        return segment.status() == SegmentStatus.IN_SERVICE && guaranteedLeftKbps >= 0
                && segment.freeMaximumKbps(Direction.DOWNSTREAM) >= down.maximumKbps()
                && segment.freeMaximumKbps(Direction.UPSTREAM) >= up.maximumKbps();
    }
}
