package org.opencities.testbench.registry.pilot.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.opencities.testbench.registry.pilot.Visibility;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What a caller's authorities let it see: administrators and operators every pilot, lab managers
 * those in the cities of their {@code CITY_<city>} authorities, SMEs those of the organisations of
 * their {@code ORGANISATION_<id>} authorities.
 */
final class Callers {

    private static final String CITY = "CITY_";
    private static final String ORGANISATION = "ORGANISATION_";

    private Callers() {
    }

    static Visibility visibility(Authentication caller) {
        var authorities = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        if (authorities.contains("ROLE_ADMIN") || authorities.contains("ROLE_OPERATOR")) {
            return Visibility.all();
        }
        Set<String> cities = authorities.contains("ROLE_LAB_MANAGER") ? suffixes(authorities, CITY) : Set.of();
        Set<String> organisations = authorities.contains("ROLE_SME") ? suffixes(authorities, ORGANISATION) : Set.of();
        return new Visibility(false, cities, organisations);
    }

    /** Whether the caller may change pilots it sees: administrators always, lab managers in their cities. */
    static Visibility changeable(Authentication caller) {
        var authorities = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        if (authorities.contains("ROLE_ADMIN")) {
            return Visibility.all();
        }
        return new Visibility(false,
                authorities.contains("ROLE_LAB_MANAGER") ? suffixes(authorities, CITY) : Set.of(), Set.of());
    }

    private static Set<String> suffixes(Set<String> authorities, String prefix) {
        return authorities.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length()))
                .collect(Collectors.toSet());
    }
}
