package org.opencities.testbench.orchestrator.admission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.SegmentStatus;

/**
 * What a segment can still take: its usable capacity per direction, its admission factors and
 * what is committed on it now. Limits are computed in decimal arithmetic and rounded down, so
 * that a factor such as 0.3 gives the limit a person computes by hand (binary floating point
 * would make 1,000 x (1 - 0.3) come out as 699.99...).
 *
 * @param headroom share of the usable capacity kept free of guaranteed rates, from 0 (inclusive) to 1
 * @param overbooking how many times the usable capacity the maximum rates may add up to, at least 1
 */
public record SegmentCapacity(SegmentId segment, String city, SegmentStatus status, long usableDownKbps,
        long usableUpKbps, double headroom, double overbooking, Load committedDown, Load committedUp) {

    private static final long SCALE = 10_000;
    private static final long MAX_SCALED = 10_000_000;

    public SegmentCapacity {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(committedDown, "committedDown");
        Objects.requireNonNull(committedUp, "committedUp");
        if (usableDownKbps < 0 || usableUpKbps < 0) {
            throw new IllegalArgumentException("usable capacity of " + segment + " must not be negative");
        }
        if (!(headroom >= 0 && headroom < 1)) {
            throw new IllegalArgumentException("headroom of " + segment + " must be from 0 up to but not including 1, it is " + headroom);
        }
        if (!(overbooking >= 1)) {
            throw new IllegalArgumentException("overbooking of " + segment + " must be 1 or more, it is " + overbooking);
        }
    }

    /** A segment of the inventory with what is committed on it. */
    public static SegmentCapacity of(Segment segment, Load committedDown, Load committedUp) {
        return new SegmentCapacity(segment.id(), segment.city(), segment.status(), segment.usableDownKbps(),
                segment.usableUpKbps(), segment.headroom(), segment.overbooking(), committedDown, committedUp);
    }

    public long usableKbps(Direction direction) {
        return direction == Direction.DOWNSTREAM ? usableDownKbps : usableUpKbps;
    }

    public Load committed(Direction direction) {
        return direction == Direction.DOWNSTREAM ? committedDown : committedUp;
    }

    /** Sum of guaranteed rates allowed: usable x (1 - headroom), rounded down. */
    public long guaranteedLimitKbps(Direction direction) {
        long headroomScaled = scaled(headroom);
        return headroomScaled >= 0 ? times(usableKbps(direction), SCALE - headroomScaled)
                : times(usableKbps(direction), BigDecimal.ONE.subtract(BigDecimal.valueOf(headroom)));
    }

    /** Sum of maximum rates allowed: usable x overbooking, rounded down. */
    public long maximumLimitKbps(Direction direction) {
        long overbookingScaled = scaled(overbooking);
        return overbookingScaled >= 0 ? times(usableKbps(direction), overbookingScaled)
                : times(usableKbps(direction), BigDecimal.valueOf(overbooking));
    }

    /** Guaranteed rate still free in a direction (negative when over-committed). */
    public long freeGuaranteedKbps(Direction direction) {
        return guaranteedLimitKbps(direction) - committed(direction).guaranteedKbps();
    }

    /** Maximum rate still free in a direction (negative when over-committed). */
    public long freeMaximumKbps(Direction direction) {
        return maximumLimitKbps(direction) - committed(direction).maximumKbps();
    }

    /** The same segment with a demand added to what is committed. */
    public SegmentCapacity with(Demand demand) {
        return withCommitted(committedDown.plus(Load.of(demand.downstream())), committedUp.plus(Load.of(demand.upstream())));
    }

    /** The same segment with a demand taken off what is committed. */
    public SegmentCapacity without(Demand demand) {
        return withCommitted(committedDown.minus(Load.of(demand.downstream())), committedUp.minus(Load.of(demand.upstream())));
    }

    /**
     * Every limit what is committed already exceeds, e.g. after the capacity or a factor was
     * lowered; each refusal has the committed sum, nothing requested and the limit.
     */
    public List<Refusal> overCommitted() {
        var refusals = new ArrayList<Refusal>();
        for (Direction direction : Direction.values()) {
            var committed = committed(direction);
            if (committed.guaranteedKbps() > guaranteedLimitKbps(direction)) {
                refusals.add(Refusal.exceeding(segment, direction, Refusal.Rate.GUARANTEED, committed.guaranteedKbps(), 0,
                        guaranteedLimitKbps(direction)));
            }
            if (committed.maximumKbps() > maximumLimitKbps(direction)) {
                refusals.add(Refusal.exceeding(segment, direction, Refusal.Rate.MAXIMUM, committed.maximumKbps(), 0,
                        maximumLimitKbps(direction)));
            }
        }
        return refusals;
    }

    private SegmentCapacity withCommitted(Load down, Load up) {
        return new SegmentCapacity(segment, city, status, usableDownKbps, usableUpKbps, headroom, overbooking, down, up);
    }

    /**
     * The factor in ten-thousandths when it is exactly a decimal of at most four places (as the
     * inventory stores them), else -1. Feasibility decides thousands of segments per request, and
     * long arithmetic keeps that fast while giving the same result as the decimal one.
     */
    private static long scaled(double factor) {
        long scaled = Math.round(factor * SCALE);
        return scaled >= 0 && scaled <= MAX_SCALED && scaled / (double) SCALE == factor ? scaled : -1;
    }

    private static long times(long kbps, long scaledFactor) {
        return kbps <= Long.MAX_VALUE / MAX_SCALED ? kbps * scaledFactor / SCALE
                : times(kbps, BigDecimal.valueOf(scaledFactor, 4));
    }

    private static long times(long kbps, BigDecimal factor) {
        return BigDecimal.valueOf(kbps).multiply(factor).setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
