package org.opencities.testbench.feedback.qos;

import java.time.Instant;
import java.util.List;

/** Measurements per segment, from {@code measurement.completed}. */
public interface Measurements {

    /** Keeps the measurement; the same run announced again changes nothing. */
    void record(Measurement measurement);

    /** The segment's measurements that ended within [from, to]. */
    List<Measurement> of(String segmentId, Instant from, Instant to);
}
