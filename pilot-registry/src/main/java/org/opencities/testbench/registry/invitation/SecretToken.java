package org.opencities.testbench.registry.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An unguessable bearer token (256 random bits, URL-safe), such as an invitation or a tester's
 * personal token. Only its SHA-256 {@link #hash()} is stored: whoever reads the database cannot
 * use the tokens it finds there. {@link #toString()} hides the value so that it never reaches a log.
 */
public record SecretToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    public SecretToken {
        Objects.requireNonNull(value, "token");
    }

    public static SecretToken generate() {
        var bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The hex SHA-256 of the token, the only form in which it is stored and looked up. */
    public String hash() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SecretToken[hidden]";
    }
}
