package org.opencities.testbench.registry.invitation.web;

import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotId;
import org.opencities.testbench.registry.pilot.PilotNotFound;
import org.opencities.testbench.registry.pilot.Pilots;
import org.opencities.testbench.registry.web.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may recruit for a pilot: administrators, and lab managers of one of its cities. Who else sees
 * the pilot (its organisation's SMEs, operators) is told no (403); to everyone else it does not
 * exist (404), as in the pilots' API.
 */
@Component
public class PilotAccess {

    private final Pilots pilots;

    PilotAccess(Pilots pilots) {
        this.pilots = pilots;
    }

    /** The pilot, if the caller recruits for it. */
    public Pilot managed(String pilotId, Authentication authentication) {
        var caller = Caller.of(authentication);
        var pilot = visible(pilotId, caller);
        if (!manages(caller, pilot)) {
            throw new AccessDeniedException("Only the living labs of " + pilot.cities() + " recruit testers for this pilot");
        }
        return pilot;
    }

    /** The pilot, if the caller may see how many testers it has: its recruiters, its SMEs and operators. */
    public Pilot followed(String pilotId, Authentication authentication) {
        return visible(pilotId, Caller.of(authentication));
    }

    private Pilot visible(String pilotId, Caller caller) {
        var id = new PilotId(pilotId);
        return pilots.find(id).filter(pilot -> manages(caller, pilot) || caller.is("OPERATOR")
                        || caller.is("SME") && caller.actsFor(pilot.organisationId()))
                .orElseThrow(() -> new PilotNotFound(id));
    }

    private static boolean manages(Caller caller, Pilot pilot) {
        return caller.is("ADMIN")
                || caller.is("LAB_MANAGER") && pilot.cities().stream().anyMatch(caller.cities()::contains);
    }
}
