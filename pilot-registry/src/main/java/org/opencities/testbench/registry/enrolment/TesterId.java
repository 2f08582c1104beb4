package org.opencities.testbench.registry.enrolment;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tester's pseudonym, such as {@code tester-5d1e8f0a93c2}: random, so it says nothing about the
 * person. It is the only name the tester has anywhere in the bench.
 */
public record TesterId(String value) {

    private static final Pattern FORM = Pattern.compile("tester-[a-z0-9-]{4,53}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public TesterId {
        Objects.requireNonNull(value, "tester");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a tester pseudonym looks like tester-5d1e8f: " + value);
        }
    }

    /** A fresh pseudonym of 48 random bits. */
    public static TesterId next() {
        var bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return new TesterId("tester-" + HexFormat.of().formatHex(bytes));
    }

    @Override
    public String toString() {
        return value;
    }
}
