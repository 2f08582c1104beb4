package org.opencities.testbench.registry.call;

import java.util.Objects;
import java.util.regex.Pattern;

/** An open call's stable identifier: a lower-case slug such as {@code smart-city-services-2027}. */
public record CallId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,59}");

    public CallId {
        Objects.requireNonNull(value, "call id");
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("call id must be a lower-case slug of 2 to 60 characters: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
