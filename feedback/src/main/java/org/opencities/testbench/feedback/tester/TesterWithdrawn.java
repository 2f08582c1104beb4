package org.opencities.testbench.feedback.tester;

import java.time.Instant;

import org.opencities.testbench.feedback.Forbidden;

/** Thrown when a tester who has left the pilot, or never agreed to take part, tries to answer. */
public class TesterWithdrawn extends Forbidden {

    public TesterWithdrawn(String pilotId, Instant withdrawnAt) {
        super(TesterToken.HEADER, withdrawnAt == null
                ? "You have not consented to take part in pilot " + pilotId + ", so nothing of yours is collected"
                : "You withdrew from pilot %s at %s; nothing more of yours is collected".formatted(pilotId, withdrawnAt));
    }
}
