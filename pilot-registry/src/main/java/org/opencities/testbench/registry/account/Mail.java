package org.opencities.testbench.registry.account;

import java.util.Locale;
import java.util.Objects;

/** A plain-text mail to one recipient, already written in the recipient's language. */
public record Mail(String to, String subject, String body, Locale language) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(language, "language");
    }
}
