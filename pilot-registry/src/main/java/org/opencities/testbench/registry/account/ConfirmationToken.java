package org.opencities.testbench.registry.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored confirmation token: only its hash is kept, so a copy of the database confirms nobody.
 *
 * @param usedAt when it confirmed its account, or {@code null} while unused
 */
public record ConfirmationToken(String hash, AccountId account, Instant expiresAt, Instant usedAt) {

    public ConfirmationToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * Checks that the token can still confirm its account at {@code at}.
     *
     * @throws ConfirmationRefused if it was used already or has expired
     */
    public void requireUsableAt(Instant at) {
        if (usedAt != null) {
            throw ConfirmationRefused.alreadyUsed();
        }
        if (!at.isBefore(expiresAt)) {
            throw ConfirmationRefused.expired(expiresAt);
        }
    }
}
