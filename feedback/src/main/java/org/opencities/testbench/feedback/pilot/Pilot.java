package org.opencities.testbench.feedback.pilot;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What feedback knows of an accepted pilot, as the registry announced it: the cities it runs in
 * (whose lab managers run its campaigns) and its planned dates.
 */
public record Pilot(String id, Set<String> cities, LocalDate startDate, LocalDate endDate) {

    public Pilot {
        Objects.requireNonNull(id, "id");
        cities = Set.copyOf(cities);
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
    }

    public boolean runsIn(String city) {
        return cities.contains(city);
    }
}
