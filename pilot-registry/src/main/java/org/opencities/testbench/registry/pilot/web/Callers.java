package org.opencities.testbench.registry.pilot.web;

import java.util.Set;

import org.opencities.testbench.registry.pilot.Visibility;
import org.opencities.testbench.registry.web.Caller;
import org.springframework.security.core.Authentication;

/**
 * What a caller may see of pilots: administrators and operators every pilot, lab managers those in
 * their cities, SMEs those of the organisations they act for.
 */
final class Callers {

    private Callers() {
    }

    static Visibility visibility(Authentication authentication) {
        var caller = Caller.of(authentication);
        if (caller.is("ADMIN") || caller.is("OPERATOR")) {
            return Visibility.all();
        }
        return new Visibility(false, caller.is("LAB_MANAGER") ? caller.cities() : Set.of(),
                caller.is("SME") ? caller.organisations() : Set.of());
    }

    /** Whether the caller may change pilots it sees: administrators always, lab managers in their cities. */
    static Visibility changeable(Authentication authentication) {
        var caller = Caller.of(authentication);
        if (caller.is("ADMIN")) {
            return Visibility.all();
        }
        return new Visibility(false, caller.is("LAB_MANAGER") ? caller.cities() : Set.of(), Set.of());
    }
}
