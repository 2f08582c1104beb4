package org.opencities.testbench.registry.city;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A city of the network with its living labs.
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param timeZone the zone in which the city's calls open and close
 * @param language the language its pages and invitations default to
 */
public record City(CityId id, String name, String country, ZoneId timeZone, Locale language, List<LivingLab> labs) {

    public City {
        labs = List.copyOf(labs);
    }
}
