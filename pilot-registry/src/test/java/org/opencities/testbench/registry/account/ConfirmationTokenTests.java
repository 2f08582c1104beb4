package org.opencities.testbench.registry.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ConfirmationTokenTests {

    private static final Instant EXPIRY = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void confirmsUntilJustBeforeItExpires() {
        var token = new ConfirmationToken(Tokens.hash("t"), AccountId.random(), EXPIRY, null);

        assertThatNoException().isThrownBy(() -> token.requireUsableAt(EXPIRY.minusMillis(1)));
        assertThatThrownBy(() -> token.requireUsableAt(EXPIRY))
                .isInstanceOfSatisfying(ConfirmationRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(ConfirmationRefused.Reason.EXPIRED));
    }

    @Test
    void refusesAUsedTokenBeforeLookingAtItsExpiry() {
        var token = new ConfirmationToken(Tokens.hash("t"), AccountId.random(), EXPIRY, EXPIRY.minusSeconds(60));

        assertThatThrownBy(() -> token.requireUsableAt(EXPIRY.plusSeconds(3600)))
                .isInstanceOfSatisfying(ConfirmationRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(ConfirmationRefused.Reason.ALREADY_USED));
    }

    @Test
    void issuesLongRandomTokensAndStoresOnlyTheirHash() {
        String token = Tokens.random();

        assertThat(token).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(Tokens.random());
        assertThat(Tokens.hash(token)).hasSize(64).doesNotContain(token).isEqualTo(Tokens.hash(token));
    }
}
