package org.opencities.testbench.registry.app;

import org.opencities.testbench.registry.Unprocessable;

/** Thrown when network requirements describe a profile no segment could provision. */
public class ImpossibleNetworkProfile extends Unprocessable {

    ImpossibleNetworkProfile(String field, String reason) {
        super(field, reason);
    }
}
