package org.opencities.testbench.registry.invitation;

import org.opencities.testbench.registry.Unprocessable;

/** A batch of invitations that cannot be issued as asked (expiry in the past or too far ahead). */
public class InvalidInvitationBatch extends Unprocessable {

    public InvalidInvitationBatch(String field, String message) {
        super(field, message);
    }
}
