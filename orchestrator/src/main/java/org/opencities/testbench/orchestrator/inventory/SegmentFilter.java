package org.opencities.testbench.orchestrator.inventory;

import java.util.Optional;

/** Which segments a listing shows; an empty part matches every segment. */
public record SegmentFilter(Optional<String> city, Optional<SegmentStatus> status, Optional<Technology> technology) {

    public static final SegmentFilter ALL = new SegmentFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public static SegmentFilter city(String city) {
        return new SegmentFilter(Optional.of(city), Optional.empty(), Optional.empty());
    }
}
