package org.opencities.testbench.feedback.response;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * A response's identity: a time-ordered UUID (version 7: a millisecond timestamp, then 74 random
 * bits), so that the responses of a moment sit side by side in the response's and its answers'
 * indexes, and a commit rewrites a few index pages instead of one per response.
 */
public record ResponseId(UUID value) {

    private static final TimeBasedEpochGenerator TIME_ORDERED = Generators.timeBasedEpochGenerator();

    public ResponseId {
        Objects.requireNonNull(value, "response id");
    }

    public static ResponseId next() {
        return new ResponseId(TIME_ORDERED.generate());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
