package org.opencities.testbench.registry.call.jury;

import org.opencities.testbench.registry.Conflict;

/** Raised when a juror acts on an application the juror may not judge. */
public class JuryConflict extends Conflict {

    public JuryConflict(String message) {
        super(message);
    }
}
