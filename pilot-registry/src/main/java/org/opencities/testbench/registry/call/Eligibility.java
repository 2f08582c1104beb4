package org.opencities.testbench.registry.call;

import java.util.List;

import org.opencities.testbench.registry.app.AppCategory;

/**
 * Who may apply to a call.
 *
 * @param countries ISO 3166-1 alpha-2 codes of the countries applicant organisations must be
 *     registered in; empty admits every country
 * @param categories the app categories the call admits; empty admits every category
 * @param minTesters the fewest testers an application may plan
 * @param maxTesters the most testers an application may plan
 */
public record Eligibility(List<String> countries, List<AppCategory> categories, int minTesters, int maxTesters) {

    public Eligibility {
        countries = List.copyOf(countries);
        categories = List.copyOf(categories);
    }

    /**
     * The rule an applicant breaks, or {@code null} if it is eligible.
     */
    public Breach breachBy(String country, AppCategory category, int plannedTesters) {
        if (!countries.isEmpty() && !countries.contains(country)) {
            return new Breach("eligibility.countries", "The call admits organisations registered in " + countries
                    + "; yours is registered in " + country);
        }
        if (!categories.isEmpty() && !categories.contains(category)) {
            return new Breach("eligibility.categories", "The call admits apps of the categories " + categories
                    + "; this app is " + category);
        }
        if (plannedTesters < minTesters || plannedTesters > maxTesters) {
            return new Breach("eligibility.testers", "The call admits pilots planning " + minTesters + " to "
                    + maxTesters + " testers; the application plans " + plannedTesters);
        }
        return null;
    }

    /** A broken eligibility rule, named as the call lists it, with what the applicant offered. */
    public record Breach(String rule, String reason) {
    }
}
