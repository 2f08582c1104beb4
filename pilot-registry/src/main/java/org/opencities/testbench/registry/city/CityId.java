package org.opencities.testbench.registry.city;

import java.util.Objects;
import java.util.regex.Pattern;

/** A city's stable identifier: a lower-case slug such as {@code helsinki}. */
public record CityId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public CityId {
        Objects.requireNonNull(value, "city id");
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("city id must be a lower-case slug of 2 to 40 characters: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
