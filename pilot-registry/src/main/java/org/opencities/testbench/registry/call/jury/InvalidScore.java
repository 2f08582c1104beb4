package org.opencities.testbench.registry.call.jury;

import org.opencities.testbench.registry.Unprocessable;

/** A score sheet that does not fit the call's criteria. */
public class InvalidScore extends Unprocessable {

    public InvalidScore(String field, String message) {
        super(field, message);
    }
}
