package org.opencities.testbench.feedback.tester;

import org.opencities.testbench.feedback.Forbidden;

/** Thrown when a known tester turns to a campaign of a pilot they are not enrolled in. */
public class NotEnrolledInPilot extends Forbidden {

    public NotEnrolledInPilot(String pilotId) {
        super(TesterToken.HEADER, "You are not enrolled in pilot " + pilotId + ", whose testers this campaign asks");
    }
}
