package org.opencities.testbench.feedback.tester;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** How a presented personal token is recognised: by the lower-case hex SHA-256 of its UTF-8 bytes. */
public final class TesterToken {

    /** The request header that carries the token on the API, and the field problems about it name. */
    public static final String HEADER = "X-Tester-Token";

    private TesterToken() {
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
