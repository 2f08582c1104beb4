package org.opencities.testbench.registry.app.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.opencities.testbench.registry.app.App;
import org.opencities.testbench.registry.app.AppCategory;
import org.opencities.testbench.registry.app.Bandwidth;
import org.opencities.testbench.registry.app.NetworkRequirements;

/**
 * An app's details, for registering it and for replacing them. The network profile's consistency is
 * a business rule checked by the domain (422), not a shape checked here (400).
 */
record AppRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = App.MAX_DESCRIPTION) String description,
        @NotNull AppCategory category,
        @NotNull List<@Pattern(regexp = "[A-Za-z0-9._ -]{1,40}", message = "must be 1 to 40 letters, digits, spaces, dots, dashes or underscores") String> platforms,
        @NotNull List<@Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", message = "must be a language tag such as fi or pt-BR") String> languages,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String website,
        @NotNull @Valid Network networkRequirements) {

    record Network(@NotNull @Valid Rates downstream, @NotNull @Valid Rates upstream, @NotNull Integer maxLatencyMs,
            @NotNull Integer maxJitterMs, @NotNull Double maxLossRatio) {

        NetworkRequirements toRequirements() {
            return new NetworkRequirements(Bandwidth.downstream(downstream.guaranteedKbps(), downstream.maximumKbps()),
                    Bandwidth.upstream(upstream.guaranteedKbps(), upstream.maximumKbps()), maxLatencyMs, maxJitterMs,
                    maxLossRatio);
        }
    }

    record Rates(@NotNull Long guaranteedKbps, @NotNull Long maximumKbps) {
    }

    List<Locale> locales() {
        return languages.stream().map(Locale::forLanguageTag).toList();
    }

    URI websiteUri() {
        return website == null ? null : URI.create(website);
    }
}
