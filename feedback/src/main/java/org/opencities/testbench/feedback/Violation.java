package org.opencities.testbench.feedback;

import java.util.Objects;

/**
 * One thing wrong with a request: the field it concerns, as the caller wrote it (e.g.
 * {@code answers.sus-3} or {@code items[2].points}), and what to do about it.
 */
public record Violation(String field, String reason) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }
}
