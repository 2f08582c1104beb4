package org.opencities.testbench.registry.app;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.opencities.testbench.registry.organisation.OrganisationId;

/**
 * An app an organisation brings to pilots. The description is kept as the organisation wrote it;
 * whoever shows it escapes it.
 *
 * @param platforms where it runs, e.g. {@code android}, {@code ios}, {@code web}
 * @param languages the languages its user interface offers
 * @param network what the network must give it to work as promised
 * @param version increases with every stored change; updates name the version they change
 */
public record App(AppId id, OrganisationId organisation, String name, String description, AppCategory category,
        List<String> platforms, List<Locale> languages, URI website, NetworkRequirements network, long version) {

    /** The longest description the registry keeps. */
    public static final int MAX_DESCRIPTION = 2000;

    public App {
        Objects.requireNonNull(id, "app id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(network, "network");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        description = description == null ? "" : description;
        if (description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description must have at most " + MAX_DESCRIPTION + " characters, it has "
                    + description.length());
        }
        platforms = List.copyOf(platforms);
        languages = List.copyOf(languages);
    }

    /** The same app with new details, at the same version and still of the same organisation. */
    public App withDetails(String name, String description, AppCategory category, List<String> platforms,
            List<Locale> languages, URI website, NetworkRequirements network) {
        return new App(id, organisation, name, description, category, platforms, languages, website, network, version);
    }
}
