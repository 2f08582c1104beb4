package org.opencities.testbench.registry.invitation;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotState;
import org.opencities.testbench.registry.pilot.RequiredNetwork;
import org.opencities.testbench.registry.pilot.RequiredNetwork.Bandwidth;
import org.opencities.testbench.registry.pilot.service.PilotLifecycle;

/** Pilots that take testers, for the invitation and enrolment tests. */
public final class Recruitment {

    private Recruitment() {
    }

    /** A pilot of {@code org-a} in the given cities, submitted and accepted. */
    public static Pilot acceptedPilot(PilotLifecycle lifecycle, String... cities) {
        var pilot = submittedPilot(lifecycle, cities);
        return lifecycle.move(pilot.id(), OptionalLong.empty(), PilotState.ACCEPTED, "admin", "recruiting");
    }

    public static Pilot submittedPilot(PilotLifecycle lifecycle, String... cities) {
        var network = new RequiredNetwork(new Bandwidth(20_000, 100_000), new Bandwidth(5_000, 20_000), 30, 5, 0.001);
        return lifecycle.submit("app-citybike", "org-a", List.of(cities), 50, LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 4, 15), network, "admin");
    }
}
