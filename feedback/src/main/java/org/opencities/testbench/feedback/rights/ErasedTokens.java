package org.opencities.testbench.feedback.rights;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The tokens of erased testers, remembered as the SHA-256 of the token's SHA-256 so that a later
 * request with the token is answered 410 while the stored value is not the hash any table held.
 */
public interface ErasedTokens {

    void remember(String tokenSha256, Instant erasedAt);

    boolean erased(String tokenSha256);

    /** What is stored for a token hash. */
    static String digest(String tokenSha256) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("erased:" + tokenSha256).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
