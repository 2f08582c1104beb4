package org.opencities.testbench.registry.account;

import java.util.Locale;

/**
 * What a visitor states to register an organisation and become its first SME user.
 *
 * @param password as typed; only its hash is stored
 */
public record Registration(String organisationName, String country, String vatId, String contactEmail, String email,
        String displayName, String password, Locale language) {

    /** BCrypt reads 72 bytes of a password; a longer one is refused rather than silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;

    @Override
    public String toString() {
        // Keeps the password out of logs and error messages.
        return "Registration[" + organisationName + ", " + country + ", " + email + "]";
    }
}
