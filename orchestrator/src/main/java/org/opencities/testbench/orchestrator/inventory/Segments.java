package org.opencities.testbench.orchestrator.inventory;

import java.util.List;
import java.util.Optional;

/** The FTTH inventory's segments. */
public interface Segments {

    /** Segments matching the filter, ordered by city and id, {@code limit} of them from {@code offset}. */
    List<Segment> page(SegmentFilter filter, int offset, int limit);

    long count(SegmentFilter filter);

    /** Ids of the cities that have at least one segment, in order. */
    List<String> cities();

    /** Whether at least one segment serves the city. */
    boolean serves(String city);

    Optional<Segment> find(SegmentId id);

    /** Stores the segment unless one with its id exists; says whether it stored it. */
    boolean addIfAbsent(Segment segment);
}
