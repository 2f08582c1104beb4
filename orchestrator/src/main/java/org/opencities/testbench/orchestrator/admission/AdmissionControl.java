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
        return decide(segment, Load.of(demand.downstream()), Load.of(demand.upstream()));
    }

    /** The decision for a demand already validated, with its loads computed once for many segments. */
    private static AdmissionDecision decide(SegmentCapacity segment, Load down, Load up) {
        long guaranteedLimitDown = segment.guaranteedLimitKbps(Direction.DOWNSTREAM);
        long guaranteedLimitUp = segment.guaranteedLimitKbps(Direction.UPSTREAM);
        long guaranteedLeft = Math.min(
                guaranteedLimitDown - segment.committedDown().guaranteedKbps() - down.guaranteedKbps(),
                guaranteedLimitUp - segment.committedUp().guaranteedKbps() - up.guaranteedKbps());
        if (segment.status() != SegmentStatus.IN_SERVICE) {
            return new AdmissionDecision(segment, List.of(Refusal.outOfService(segment.segment(),
                    segment.status().name().toLowerCase(Locale.ROOT).replace('_', ' '))), guaranteedLeft);
        }
        List<Refusal> refusals = new ArrayList<>(0);
        check(segment, Direction.DOWNSTREAM, down, guaranteedLimitDown, refusals);
        check(segment, Direction.UPSTREAM, up, guaranteedLimitUp, refusals);
        return new AdmissionDecision(segment, refusals, guaranteedLeft);
    }

    private static void check(SegmentCapacity segment, Direction direction, Load requested, long guaranteedLimit,
            List<Refusal> refusals) {
        var committed = segment.committed(direction);
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

    /** Every candidate's decision, best placement first, refused ones after the admitted ones. */
    public static List<AdmissionDecision> rank(List<SegmentCapacity> candidates, Demand demand) {
        demand.validated();
        var down = Load.of(demand.downstream());
        var up = Load.of(demand.upstream());
        var decisions = candidates.stream().map(segment -> decide(segment, down, up)).toList();
        var ranked = new ArrayList<AdmissionDecision>(decisions.stream().filter(AdmissionDecision::admitted).sorted(PLACEMENT).toList());
        decisions.stream().filter(decision -> !decision.admitted())
                .sorted(Comparator.comparing(decision -> decision.segment().segment().value()))
                .forEach(ranked::add);
        return ranked;
    }

    /** The segment the demand should go to, if any admits it; only the chosen one's decision is built. */
    public static Optional<AdmissionDecision> place(List<SegmentCapacity> candidates, Demand demand) {
        demand.validated();
        var down = Load.of(demand.downstream());
        var up = Load.of(demand.upstream());
        SegmentCapacity best = null;
        long bestLeft = Long.MIN_VALUE;
        for (SegmentCapacity segment : candidates) {
            if (segment.status() != SegmentStatus.IN_SERVICE || !fits(segment, Direction.DOWNSTREAM, down)
                    || !fits(segment, Direction.UPSTREAM, up)) {
                continue;
            }
            long left = Math.min(segment.freeGuaranteedKbps(Direction.DOWNSTREAM) - down.guaranteedKbps(),
                    segment.freeGuaranteedKbps(Direction.UPSTREAM) - up.guaranteedKbps());
            if (best == null || left > bestLeft
                    || left == bestLeft && segment.segment().value().compareTo(best.segment().value()) < 0) {
                best = segment;
                bestLeft = left;
            }
        }
        return Optional.ofNullable(best).map(segment -> decide(segment, down, up));
    }

    private static boolean fits(SegmentCapacity segment, Direction direction, Load requested) {
        var committed = segment.committed(direction);
        return committed.guaranteedKbps() + requested.guaranteedKbps() <= segment.guaranteedLimitKbps(direction)
                && committed.maximumKbps() + requested.maximumKbps() <= segment.maximumLimitKbps(direction);
    }
}
