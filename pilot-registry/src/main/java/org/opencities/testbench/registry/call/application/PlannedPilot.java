package org.opencities.testbench.registry.call.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.opencities.testbench.registry.city.CityId;

/**
 * What an applicant plans: the call's cities it would run in, for how many testers, and when.
 * Dates are sensible when the pilot starts today or later, within two years, and lasts one day to
 * one year.
 */
public record PlannedPilot(List<CityId> cities, int plannedTesters, LocalDate startDate, LocalDate endDate) {

    /** The longest pilot, in days. */
    public static final long MAX_DAYS = 366;
    /** How far ahead a pilot may start, in days. */
    public static final long MAX_LEAD_DAYS = 731;

    public PlannedPilot {
        cities = List.copyOf(cities);
    }

    /** Refuses dates that cannot be a pilot seen from {@code today}. */
    public void checkDates(LocalDate today) {
        if (startDate.isBefore(today)) {
            throw new IneligibleApplication("startDate", "The pilot starts on " + startDate + ", before today (" + today + ")");
        }
        if (ChronoUnit.DAYS.between(today, startDate) > MAX_LEAD_DAYS) {
            throw new IneligibleApplication("startDate", "The pilot starts on " + startDate + ", more than " + MAX_LEAD_DAYS
                    + " days from today");
        }
        if (!endDate.isAfter(startDate)) {
            throw new IneligibleApplication("endDate", "The pilot ends on " + endDate + ", not after it starts on " + startDate);
        }
        if (ChronoUnit.DAYS.between(startDate, endDate) > MAX_DAYS) {
            throw new IneligibleApplication("endDate", "The pilot lasts " + ChronoUnit.DAYS.between(startDate, endDate)
                    + " days; a pilot lasts at most " + MAX_DAYS);
        }
    }
}
