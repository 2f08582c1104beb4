package org.opencities.testbench.orchestrator.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.SegmentStatus;

/**
 * Random sequences of reservations and releases through admission control never take a segment
 * over either limit in either direction, and what is committed always equals the sum of the
 * reservations held.
 */
class AdmissionPropertyTests {

    /** One step: reserve a demand, or release the n-th reservation held (modulo how many are held). */
    record Step(Demand demand, int release) {
    }

    @Property(tries = 300)
    void neverExceedsALimitAndCommittedIsTheSumOfReservations(@ForAll("steps") List<Step> steps,
            @ForAll("factors") double[] factors) {
        var segments = new HashMap<SegmentId, SegmentCapacity>();
        for (String id : List.of("seg-a", "seg-b", "seg-c")) {
            segments.put(new SegmentId(id), new SegmentCapacity(new SegmentId(id), "lab", SegmentStatus.IN_SERVICE,
                    1_000_000, 500_000, factors[0], factors[1], Load.NONE, Load.NONE));
        }
        var held = new ArrayList<Map.Entry<SegmentId, Demand>>();
        for (Step step : steps) {
            if (step.demand() == null) {
                if (!held.isEmpty()) {
                    var released = held.remove(step.release() % held.size());
                    segments.computeIfPresent(released.getKey(), (id, segment) -> segment.without(released.getValue()));
                }
            } else {
                AdmissionControl.place(List.copyOf(segments.values()), step.demand()).ifPresent(decision -> {
                    var id = decision.segment().segment();
                    segments.computeIfPresent(id, (key, segment) -> segment.with(step.demand()));
                    held.add(Map.entry(id, step.demand()));
                });
            }
            for (SegmentCapacity segment : segments.values()) {
                assertThat(segment.overCommitted()).isEmpty();
                var sumDown = Load.NONE;
                var sumUp = Load.NONE;
                for (var reservation : held) {
                    if (reservation.getKey().equals(segment.segment())) {
                        sumDown = sumDown.plus(Load.of(reservation.getValue().downstream()));
                        sumUp = sumUp.plus(Load.of(reservation.getValue().upstream()));
                    }
                }
                assertThat(segment.committedDown()).isEqualTo(sumDown);
                assertThat(segment.committedUp()).isEqualTo(sumUp);
            }
        }
    }

    @Property(tries = 300)
    void placesWhereTheRankingPutsTheBestAdmittedSegment(@ForAll("loads") List<Load> loads, @ForAll("steps") List<Step> steps) {
        var segments = new ArrayList<SegmentCapacity>();
        for (int i = 0; i < loads.size(); i++) {
            segments.add(new SegmentCapacity(new SegmentId("seg-" + (char) ('a' + i % 26) + i), "lab", SegmentStatus.IN_SERVICE,
                    1_000_000, 500_000, 0.1, 2, loads.get(i), new Load(loads.get(i).guaranteedKbps() / 2, loads.get(i).maximumKbps() / 2)));
        }
        for (Step step : steps) {
            if (step.demand() != null) {
                var ranked = AdmissionControl.rank(segments, step.demand());
                var placed = AdmissionControl.place(segments, step.demand());
                var best = ranked.stream().filter(AdmissionDecision::admitted).findFirst();
                assertThat(placed.map(d -> d.segment().segment())).isEqualTo(best.map(d -> d.segment().segment()));
            }
        }
    }

    @Provide
    Arbitrary<List<Load>> loads() {
        return Arbitraries.longs().between(0, 900_000).map(g -> new Load(g, g + g / 3)).list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<double[]> factors() {
        return Combinators.combine(Arbitraries.of(0.0, 0.05, 0.1, 0.25, 0.3333), Arbitraries.of(1.0, 1.1, 1.5, 2.0, 3.0))
                .as((headroom, overbooking) -> new double[] {headroom, overbooking});
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> reserve = Combinators.combine(profiles(400_000), profiles(200_000)).as((down, up) -> new Step(new Demand(down, up), 0));
        Arbitrary<Step> release = Arbitraries.integers().between(0, 1_000).map(n -> new Step(null, n));
        return Arbitraries.frequencyOf(Tuple.of(3, reserve), Tuple.of(1, release)).list().ofMaxSize(80);
    }

    /** Valid profiles of every T-CONT type up to a peak rate. */
    static Arbitrary<BandwidthProfile> profiles(int maxKbps) {
        var rates = Arbitraries.longs().between(1, maxKbps);
        return Arbitraries.oneOf(
                rates.map(r -> new BandwidthProfile(0, 0, r, 0, r)),
                rates.map(r -> new BandwidthProfile(r, 0, r, 0, 0)),
                Combinators.combine(rates, rates).as((a, b) -> new BandwidthProfile(Math.min(a, b), 0, Math.max(a, b) + 1, 0, 0)),
                rates.map(r -> new BandwidthProfile(0, 0, r, 0, 0)),
                Combinators.combine(rates, rates, rates).as((g, c, extra) -> new BandwidthProfile(c, 0, g + c + extra, 0, g)));
    }
}
