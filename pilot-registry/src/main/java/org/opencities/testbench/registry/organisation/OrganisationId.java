package org.opencities.testbench.registry.organisation;

import java.util.Objects;
import java.util.regex.Pattern;

/** An organisation's stable identifier: a lower-case slug such as {@code sme-demo}. */
public record OrganisationId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public OrganisationId {
        Objects.requireNonNull(value, "organisation id");
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("organisation id must be a lower-case slug of 2 to 40 characters: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
