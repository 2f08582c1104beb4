package org.opencities.testbench.orchestrator.inventory;

import java.util.List;
import java.util.Optional;

/** The FTTH inventory's segments. */
public interface Segments {

    /** Segments ordered by city and id, optionally of one city only, {@code limit} of them from {@code offset}. */
    List<Segment> page(Optional<String> city, int offset, int limit);

    long count(Optional<String> city);

    Optional<Segment> find(SegmentId id);

    /** Stores the segment unless one with its id exists; says whether it stored it. */
    boolean addIfAbsent(Segment segment);
}
