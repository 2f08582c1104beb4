package org.opencities.testbench.feedback.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * A signed-in caller as the feedback module's object-level rules see it: its roles ({@code ROLE_*}),
 * the cities whose living lab it manages ({@code CITY_<city>}) and the organisations it acts for
 * ({@code ORGANISATION_<id>}), read once from its authorities.
 */
public record FeedbackCaller(String name, Set<String> roles, Set<String> cities, Set<String> organisations) {

    public static FeedbackCaller of(Authentication authentication) {
        if (authentication == null) {
            return new FeedbackCaller("anonymous", Set.of(), Set.of(), Set.of());
        }
        var authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return new FeedbackCaller(authentication.getName(), suffixes(authorities, "ROLE_"), suffixes(authorities, "CITY_"),
                suffixes(authorities, "ORGANISATION_"));
    }

    /** Whether the caller runs campaigns of a pilot in these cities: an administrator, or a lab manager of one of them. */
    public boolean runsCampaignsIn(Set<String> pilotCities) {
        return roles.contains("ADMIN")
                || roles.contains("LAB_MANAGER") && pilotCities.stream().anyMatch(cities::contains);
    }

    /** Whether the caller may read any pilot's report at all: administrators, lab managers and SMEs. */
    public boolean readsReports() {
        return roles.contains("ADMIN") || roles.contains("LAB_MANAGER") || roles.contains("SME");
    }

    /**
     * Whether the caller reads the reports of a pilot in these cities run by this organisation: an
     * administrator, a lab manager of one of the cities, or an SME acting for the organisation.
     */
    public boolean readsReportsOf(Set<String> pilotCities, String organisationId) {
        return runsCampaignsIn(pilotCities)
                || roles.contains("SME") && organisationId != null && organisations.contains(organisationId);
    }

    private static Set<String> suffixes(Set<String> authorities, String prefix) {
        return authorities.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
