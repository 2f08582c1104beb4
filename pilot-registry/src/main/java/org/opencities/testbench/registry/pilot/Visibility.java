package org.opencities.testbench.registry.pilot;

import java.util.Set;

/**
 * Which pilots a caller may see: all of them, or those in the cities it is bound to and those of
 * the organisations it belongs to.
 */
public record Visibility(boolean everything, Set<String> cities, Set<String> organisations) {

    public Visibility {
        cities = Set.copyOf(cities);
        organisations = Set.copyOf(organisations);
    }

    public static Visibility all() {
        return new Visibility(true, Set.of(), Set.of());
    }

    public boolean sees(Pilot pilot) {
        return everything || organisations.contains(pilot.organisationId())
                || pilot.cities().stream().anyMatch(cities::contains);
    }
}
