package org.opencities.testbench.registry.portal.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.opencities.testbench.registry.app.App;
import org.opencities.testbench.registry.app.AppCategory;
import org.opencities.testbench.registry.app.AppId;
import org.opencities.testbench.registry.app.Bandwidth;
import org.opencities.testbench.registry.app.NetworkRequirements;
import org.opencities.testbench.registry.organisation.OrganisationId;

/**
 * The form for a new app. Only the shape of each value is checked here; whether the network profile
 * can be provisioned is the domain's rule ({@link NetworkRequirements}, {@link Bandwidth}).
 *
 * @param platforms and {@code languages}: comma-separated lists, as a person types them
 */
record AppForm(
        @NotBlank(message = "{accounts.invalid.required}") String organisation,
        @NotBlank(message = "{accounts.invalid.required}") @Size(max = 200, message = "{accounts.invalid.tooLong}") String name,
        @Size(max = App.MAX_DESCRIPTION, message = "{accounts.invalid.tooLong}") String description,
        @NotNull(message = "{accounts.invalid.required}") AppCategory category,
        @Size(max = 300, message = "{accounts.invalid.tooLong}") @Pattern(regexp = "[A-Za-z0-9._ ,-]*", message = "{portal.newApp.invalidList}") String platforms,
        @Size(max = 300, message = "{accounts.invalid.tooLong}") @Pattern(regexp = "[A-Za-z0-9 ,-]*", message = "{portal.newApp.invalidList}") String languages,
        @Size(max = 300, message = "{accounts.invalid.tooLong}") @Pattern(regexp = "(https?://\\S+)?", message = "{portal.newApp.invalidWebsite}") String website,
        @NotNull(message = "{portal.newApp.invalidNumber}") Long downstreamGuaranteedKbps,
        @NotNull(message = "{portal.newApp.invalidNumber}") Long downstreamMaximumKbps,
        @NotNull(message = "{portal.newApp.invalidNumber}") Long upstreamGuaranteedKbps,
        @NotNull(message = "{portal.newApp.invalidNumber}") Long upstreamMaximumKbps,
        @NotNull(message = "{portal.newApp.invalidNumber}") Integer maxLatencyMs,
        @NotNull(message = "{portal.newApp.invalidNumber}") Integer maxJitterMs,
        @NotNull(message = "{portal.newApp.invalidNumber}") Double maxLossRatio) {

    /** A form with the values a typical app starts from. */
    static AppForm startingFor(String organisation) {
        return new AppForm(organisation, "", "", AppCategory.OTHER, "web", "en", "", 0L, 10_000L, 0L, 2_000L, 100, 30,
                0.01);
    }

    /**
     * The app the form describes; throws the domain's exceptions when the profile is impossible, and
     * {@link InvalidWebsite} for a website that is no URI.
     */
    App toApp() {
        var network = new NetworkRequirements(Bandwidth.downstream(downstreamGuaranteedKbps, downstreamMaximumKbps),
                Bandwidth.upstream(upstreamGuaranteedKbps, upstreamMaximumKbps), maxLatencyMs, maxJitterMs,
                maxLossRatio);
        return new App(AppId.random(), new OrganisationId(organisation), name.trim(), description, category,
                list(platforms), list(languages).stream().map(Locale::forLanguageTag).toList(),
                websiteUri(), network, 0);
    }

    /** Thrown when the website has the shape of an address but is not a valid URI. */
    static final class InvalidWebsite extends RuntimeException {

        InvalidWebsite(IllegalArgumentException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private URI websiteUri() {
        if (website == null || website.isBlank()) {
            return null;
        }
        try {
            return URI.create(website.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidWebsite(e);
        }
    }

    /** The form field a domain error names, e.g. {@code downstream.guaranteedKbps} is {@code downstreamGuaranteedKbps}. */
    static String formField(String domainField) {
        return switch (domainField) {
            case "downstream.guaranteedKbps" -> "downstreamGuaranteedKbps";
            case "downstream.maximumKbps" -> "downstreamMaximumKbps";
            case "upstream.guaranteedKbps" -> "upstreamGuaranteedKbps";
            case "upstream.maximumKbps" -> "upstreamMaximumKbps";
            default -> domainField;
        };
    }

    private static List<String> list(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }
}
