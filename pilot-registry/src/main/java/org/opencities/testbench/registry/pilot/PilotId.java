package org.opencities.testbench.registry.pilot;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** A pilot's stable identifier, such as {@code pilot-7f3a}. */
public record PilotId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,59}");

    public PilotId {
        Objects.requireNonNull(value, "pilot id");
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("pilot id must be a lower-case slug of 2 to 60 characters: " + value);
        }
    }

    /** A fresh id for a new pilot. */
    public static PilotId next() {
        return new PilotId("pilot-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Override
    public String toString() {
        return value;
    }
}
