package org.opencities.testbench.registry.account;

import java.time.Instant;

import org.opencities.testbench.registry.Conflict;

/** Thrown when a confirmation token was used already or has expired; {@link #reason()} says which. */
public class ConfirmationRefused extends Conflict {

    /** Why a token was refused, so that pages can say it in the reader's language. */
    public enum Reason {
        ALREADY_USED, EXPIRED
    }

    private final Reason reason;

    private ConfirmationRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public static ConfirmationRefused alreadyUsed() {
        return new ConfirmationRefused(Reason.ALREADY_USED,
                "This confirmation link was used already; the account is confirmed, so log in");
    }

    public static ConfirmationRefused expired(Instant expiredAt) {
        return new ConfirmationRefused(Reason.EXPIRED,
                "This confirmation link expired at " + expiredAt
                + "; ask for a new one with POST /api/v1/registrations/resend or on the confirmation page");
    }

    public Reason reason() {
        return reason;
    }
}
