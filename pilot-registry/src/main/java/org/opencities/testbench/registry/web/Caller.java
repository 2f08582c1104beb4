package org.opencities.testbench.registry.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * A caller as the registry's object-level rules see it, read once from its authorities: its roles
 * ({@code ROLE_*}), the cities it manages ({@code CITY_<city>}) and the organisations it acts for
 * ({@code ORGANISATION_<id>}). Nobody (no authentication) has none of them.
 */
public record Caller(Set<String> roles, Set<String> cities, Set<String> organisations) {

    private static final String ROLE = "ROLE_";
    private static final String CITY = "CITY_";
    private static final String ORGANISATION = "ORGANISATION_";

    public static Caller of(Authentication authentication) {
        if (authentication == null) {
            return new Caller(Set.of(), Set.of(), Set.of());
        }
        var authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return new Caller(suffixes(authorities, ROLE), suffixes(authorities, CITY), suffixes(authorities, ORGANISATION));
    }

    /** Whether the caller has the role, named without its prefix, e.g. {@code ADMIN}. */
    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean actsFor(String organisation) {
        return organisations.contains(organisation);
    }

    private static Set<String> suffixes(Set<String> authorities, String prefix) {
        return authorities.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
