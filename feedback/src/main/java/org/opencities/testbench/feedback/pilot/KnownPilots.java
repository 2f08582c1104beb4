package org.opencities.testbench.feedback.pilot;

import java.util.Optional;

/** The pilots feedback has heard of through {@code pilot.accepted}. */
public interface KnownPilots {

    /** Records the pilot; announcing an already known pilot again changes nothing. */
    void remember(Pilot pilot);

    Optional<Pilot> find(String id);
}
