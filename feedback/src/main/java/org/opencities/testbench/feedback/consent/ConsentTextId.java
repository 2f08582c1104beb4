package org.opencities.testbench.feedback.consent;

import java.util.Objects;
import java.util.UUID;

/** A consent text's stable identifier, which a tester's recorded consent refers to. */
public record ConsentTextId(UUID value) {

    public ConsentTextId {
        Objects.requireNonNull(value, "consent text id");
    }

    public static ConsentTextId random() {
        return new ConsentTextId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
