package org.opencities.testbench.orchestrator.inventory;

import java.util.Objects;
import java.util.regex.Pattern;

/** A segment's identifier: a lower-case slug such as {@code helsinki-co1-olt1-pon1}. */
public record SegmentId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");

    public SegmentId {
        Objects.requireNonNull(value, "segment id");
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("segment id must be a lower-case slug of 2 to 80 characters: " + value);
        }
    }

    /** Whether a text is a valid segment id. */
    public static boolean isValid(String value) {
        return value != null && SLUG.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
