package org.opencities.testbench.orchestrator.inventory;

import java.util.Optional;

/** Which segments a listing shows; an empty part matches every segment. */
public record SegmentFilter(Optional<String> city, Optional<SegmentStatus> status, Optional<Technology> technology) {
}
