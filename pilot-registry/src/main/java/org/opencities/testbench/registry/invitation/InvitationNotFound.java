package org.opencities.testbench.registry.invitation;

import org.opencities.testbench.registry.NotFound;

/** Thrown when an invitation token, or a batch id, names nothing the caller may see. */
public class InvitationNotFound extends NotFound {

    public InvitationNotFound(String message) {
        super(message);
    }

    public static InvitationNotFound token() {
        return new InvitationNotFound("No invitation has this link; check that it was copied whole");
    }

    public static InvitationNotFound batch(String batchId) {
        return new InvitationNotFound("No invitation batch '" + batchId + "' in this pilot");
    }
}
