package org.opencities.testbench.registry.account;

import java.util.Locale;

/**
 * What a visitor states to register an organisation and become its first SME user.
 *
 * @param password as typed; only its hash is stored
 */
public record Registration(String organisationName, String country, String vatId, String contactEmail, String email,
        String displayName, String password, Locale language) {

    @Override
    public String toString() {
        // Keeps the password out of logs and error messages.
        return "Registration[" + organisationName + ", " + country + ", " + email + "]";
    }
}
