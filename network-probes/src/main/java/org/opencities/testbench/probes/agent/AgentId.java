package org.opencities.testbench.probes.agent;

import java.util.Objects;
import java.util.regex.Pattern;

/** A probe agent's stable identifier: a lower-case slug such as {@code oulu-olt-1}, usable as a DNS label. */
public record AgentId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,62}");

    public AgentId {
        Objects.requireNonNull(value, "agent id");
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "agent id must be a lower-case slug of 2 to 63 characters starting with a letter: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
