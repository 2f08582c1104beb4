package org.opencities.testbench.registry.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import org.opencities.testbench.registry.organisation.OrganisationId;

/**
 * A person who logs in as an SME of one organisation. It can log in only once its e-mail address
 * has been confirmed.
 *
 * @param email the login name, in lower case
 * @param passwordHash the password as the password encoder keeps it (e.g. {@code {bcrypt}...}), never the password
 * @param language the language of its mails and, by default, of its pages
 * @param confirmedAt when the address was confirmed, or {@code null} while it is not
 */
public record Account(AccountId id, String email, String displayName, String passwordHash, Locale language,
        OrganisationId organisation, Instant createdAt, Instant confirmedAt) {

    public Account {
        Objects.requireNonNull(id, "account id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(createdAt, "createdAt");
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("email must not be blank");
        }
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("passwordHash must not be blank");
        }
        email = normaliseEmail(email);
    }

    /** A new account that still waits for its address to be confirmed. */
    public static Account unconfirmed(String email, String displayName, String passwordHash, Locale language,
            OrganisationId organisation, Instant at) {
        return new Account(AccountId.random(), email, displayName, passwordHash, language, organisation, at, null);
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    /** Addresses are compared without letter case, so the same person cannot register twice. */
    public static String normaliseEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
