package org.opencities.testbench.feedback.response;

import java.util.Objects;
import java.util.UUID;

/** A response's identity. */
public record ResponseId(UUID value) {

    public ResponseId {
        Objects.requireNonNull(value, "response id");
    }

    public static ResponseId random() {
        return new ResponseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
