package org.opencities.testbench.registry.invitation;

import org.opencities.testbench.registry.Conflict;
import org.opencities.testbench.registry.pilot.Pilot;

/** Thrown when invitations are asked for, or used, while the pilot does not take testers. */
public class PilotNotRecruiting extends Conflict {

    public PilotNotRecruiting(Pilot pilot) {
        super("Pilot '" + pilot.id() + "' is " + pilot.state()
                + "; testers join only pilots that are ACCEPTED, PROVISIONING, ACTIVE or DEGRADED");
    }
}
