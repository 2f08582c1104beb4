package org.opencities.testbench.feedback.pilot;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What feedback knows of an accepted pilot, as the registry announced it: the cities it runs in
 * (whose lab managers run its campaigns), its planned dates and the SME organisation that runs it
 * (whose members read its reports).
 *
 * @param organisationId the organisation, or {@code null} for a pilot announced without one
 */
public record Pilot(String id, Set<String> cities, LocalDate startDate, LocalDate endDate, String organisationId) {

    /** A pilot whose announcement named no organisation. */
    public Pilot(String id, Set<String> cities, LocalDate startDate, LocalDate endDate) {
        this(id, cities, startDate, endDate, null);
    }

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
