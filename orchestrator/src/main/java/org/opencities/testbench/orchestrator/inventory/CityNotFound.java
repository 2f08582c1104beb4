package org.opencities.testbench.orchestrator.inventory;

import org.opencities.testbench.orchestrator.NotFound;

/** Thrown when a city has no segment in the inventory. */
public class CityNotFound extends NotFound {

    public CityNotFound(String city) {
        super("City '" + city + "' has no segment in the inventory; see the cities at /api/v1/topology");
    }
}
