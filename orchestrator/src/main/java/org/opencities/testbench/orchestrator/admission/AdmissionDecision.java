package org.opencities.testbench.orchestrator.admission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opencities.testbench.orchestrator.inventory.SegmentStatus;

/**
 * Whether one segment admits a demand, and if not, every limit it would break. A feasibility
 * answer decides thousands of segments and most are only asked whether they admit and what they
 * leave free, so the refusals are listed when read.
 */
public final class AdmissionDecision {

    private final SegmentCapacity segment;
    private final Load down;
    private final Load up;
    private final boolean admitted;
    private final long guaranteedLeftKbps;

    AdmissionDecision(SegmentCapacity segment, Load down, Load up) {
        this.segment = segment;
        this.down = down;
        this.up = up;
        this.guaranteedLeftKbps = AdmissionControl.guaranteedLeftKbps(segment, down, up);
        this.admitted = AdmissionControl.admits(segment, guaranteedLeftKbps, down, up);
    }

    public SegmentCapacity segment() {
        return segment;
    }

    public boolean admitted() {
        return admitted;
    }

    /** Guaranteed rate the segment would still have free after the demand, in its tighter direction (negative when refused for it). */
    public long guaranteedLeftKbps() {
        return guaranteedLeftKbps;
    }

    /** Every limit the demand would break on this segment; empty when admitted. */
    public List<Refusal> refusals() {
        if (admitted) {
            return List.of();
        }
        if (segment.status() != SegmentStatus.IN_SERVICE) {
            return List.of(Refusal.outOfService(segment.segment(),
                    segment.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        var refusals = new ArrayList<Refusal>(2);
        check(Direction.DOWNSTREAM, down, refusals);
        check(Direction.UPSTREAM, up, refusals);
        return List.copyOf(refusals);
    }

    private void check(Direction direction, Load requested, List<Refusal> refusals) {
        var committed = segment.committed(direction);
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

    @Override
    public String toString() {
        return "AdmissionDecision[" + segment.segment() + (admitted ? " admits, " : " refuses, ") + guaranteedLeftKbps + " kbit/s left]";
    }
}
