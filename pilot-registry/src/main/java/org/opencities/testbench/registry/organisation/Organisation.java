package org.opencities.testbench.registry.organisation;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An organisation that applies to open calls and registers apps.
 *
 * @param country ISO 3166-1 alpha-2 code of the country it is registered in
 * @param vatId its VAT identification number, normalised to upper case without spaces; for an EU
 *     country it must have that country's format (see {@link VatIds})
 * @param version increases with every stored change; updates name the version they change
 */
public record Organisation(OrganisationId id, String name, String country, String vatId, String contactEmail,
        long version) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Organisation {
        Objects.requireNonNull(id, "organisation id");
        requireText(name, "name");
        requireText(contactEmail, "contactEmail");
        if (country == null || !COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code such as FI: " + country);
        }
        vatId = VatIds.check(country, vatId);
    }

    /** The same organisation with new details, at the same version. */
    public Organisation withDetails(String name, String country, String vatId, String contactEmail) {
        return new Organisation(id, name, country, vatId, contactEmail, version);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
