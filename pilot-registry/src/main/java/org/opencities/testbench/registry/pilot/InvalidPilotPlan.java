package org.opencities.testbench.registry.pilot;

import org.opencities.testbench.registry.Unprocessable;

/** A pilot plan that cannot be carried out as submitted (dates in the wrong order, rates inverted). */
public class InvalidPilotPlan extends Unprocessable {

    public InvalidPilotPlan(String field, String message) {
        super(field, message);
    }
}
