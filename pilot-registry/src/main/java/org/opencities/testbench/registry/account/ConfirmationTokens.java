package org.opencities.testbench.registry.account;

import java.time.Instant;
import java.util.Optional;

/** Confirmation tokens, found by their hash. */
public interface ConfirmationTokens {

    void add(ConfirmationToken token);

    Optional<ConfirmationToken> findByHash(String hash);

    /** Marks the token used unless it already is; says whether this call was the one that used it. */
    boolean use(String hash, Instant at);
}
