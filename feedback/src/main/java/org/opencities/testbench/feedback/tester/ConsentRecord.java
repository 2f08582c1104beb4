package org.opencities.testbench.feedback.tester;

import java.util.Objects;

/**
 * A consent the tester gave when enrolling, as the registry recorded it: the purpose
 * ({@code participation}, {@code contact}, {@code research}) and the version of the text they read.
 * The texts themselves belong to the registry.
 */
public record ConsentRecord(String purpose, int version) {

    /** The purpose without which a tester does not take part. */
    public static final String PARTICIPATION = "participation";

    public ConsentRecord {
        Objects.requireNonNull(purpose, "purpose");
        if (version < 1) {
            throw new IllegalArgumentException("consent text versions start at 1: " + version);
        }
    }
}
