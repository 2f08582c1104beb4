package org.opencities.testbench.registry.call.application;

import java.util.Objects;
import java.util.UUID;

/** An application's identifier, assigned by the registry. */
public record ApplicationId(UUID value) {

    public ApplicationId {
        Objects.requireNonNull(value, "application id");
    }

    public static ApplicationId random() {
        return new ApplicationId(UUID.randomUUID());
    }

    /** Parses the id as it appears in paths and requests. */
    public static ApplicationId of(String value) {
        try {
            return new ApplicationId(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("application id must be a UUID: " + value, e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
