package org.opencities.testbench.orchestrator.inventory.pages;

import java.util.List;

import org.opencities.testbench.orchestrator.admission.Direction;
import org.opencities.testbench.orchestrator.admission.SegmentCapacity;
import org.opencities.testbench.orchestrator.inventory.Segment;

/** One segment on the operator page: what it is, and per direction its committed and free capacity in Mbit/s. */
record SegmentCard(String id, String city, String olt, String technology, String status, int ontCount, int splitRatio,
        List<Bars> directions) {

    /** The two bars of one direction. */
    record Bars(String direction, Bar guaranteed, Bar maximum) {
    }

    /**
     * Committed against a limit, in Mbit/s rounded down; {@code percent} is the filled share of the bar.
     *
     * @param kind {@code guaranteed} or {@code maximum}
     */
    record Bar(String kind, long committedMbps, long limitMbps, long freeMbps, int percent) {

        static Bar of(String kind, long committedKbps, long limitKbps) {
            int percent = limitKbps <= 0 ? 100 : (int) Math.min(100, Math.round(100.0 * committedKbps / limitKbps));
            return new Bar(kind, committedKbps / 1_000, limitKbps / 1_000, Math.max(0, limitKbps - committedKbps) / 1_000, percent);
        }
    }

    static SegmentCard of(Segment segment, SegmentCapacity capacity) {
        var directions = List.of(Direction.values()).stream()
                .map(direction -> new Bars(direction.label(),
                        Bar.of("guaranteed", capacity.committed(direction).guaranteedKbps(), capacity.guaranteedLimitKbps(direction)),
                        Bar.of("maximum", capacity.committed(direction).maximumKbps(), capacity.maximumLimitKbps(direction))))
                .toList();
        return new SegmentCard(segment.id().value(), segment.city(), segment.olt(), segment.technology().name(),
                segment.status().name(), segment.ontCount(), segment.splitRatio(), directions);
    }
}
