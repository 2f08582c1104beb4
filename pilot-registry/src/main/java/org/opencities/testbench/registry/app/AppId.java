package org.opencities.testbench.registry.app;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An app's identifier, assigned by the registry when the app is registered. */
public record AppId(UUID value) {

    public AppId {
        Objects.requireNonNull(value, "app id");
    }

    public static AppId random() {
        return new AppId(UUID.randomUUID());
    }

    /** Parses the id as it appears in paths. */
    public static AppId of(String value) {
        try {
            return new AppId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("app id must be a UUID: " + value, e);
        }
    }

    /**
     * The id a text names, or empty when it is no app id of the registry's: pilots submitted
     * directly may name their app by another system's id.
     */
    public static Optional<AppId> parse(String value) {
        try {
            return Optional.of(new AppId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
