package org.opencities.testbench.registry.invitation;

import java.time.Instant;

import org.opencities.testbench.registry.Conflict;

/** Thrown when an invitation link is used a second time: each link enrols one tester. */
public class InvitationUsed extends Conflict {

    public InvitationUsed(Instant usedAt) {
        super("This invitation link was used" + (usedAt == null ? "" : " at " + usedAt)
                + "; each link enrols one tester. Ask the living lab for a link of your own");
    }
}
