package org.opencities.testbench.registry.invitation;

import java.util.EnumSet;
import java.util.Set;

import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotState;

/** Which pilots take testers: accepted ones up to their end, whatever their network is doing. */
public final class RecruitingPilots {

    /** States in which invitations are issued and used. */
    public static final Set<PilotState> STATES = EnumSet.of(PilotState.ACCEPTED, PilotState.PROVISIONING,
            PilotState.ACTIVE, PilotState.DEGRADED);

    private RecruitingPilots() {
    }

    /** Throws {@link PilotNotRecruiting} unless the pilot takes testers now. */
    public static void require(Pilot pilot) {
        if (!STATES.contains(pilot.state())) {
            throw new PilotNotRecruiting(pilot);
        }
    }
}
