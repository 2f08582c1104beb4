package org.opencities.testbench.registry.city;

import org.opencities.testbench.registry.NotFound;

/** Thrown when a city id names no city of the network. */
public class CityNotFound extends NotFound {

    public CityNotFound(CityId id) {
        super("No city with id '" + id + "'; list the cities at /api/v1/cities");
    }
}
