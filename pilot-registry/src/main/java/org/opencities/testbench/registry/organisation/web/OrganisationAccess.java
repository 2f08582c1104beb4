package org.opencities.testbench.registry.organisation.web;

import org.opencities.testbench.registry.organisation.OrganisationId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which organisations a caller may see: an administrator all of them, anyone else those named by
 * an {@code ORGANISATION_<id>} authority. To someone else an organisation's data does not exist,
 * so callers answer 404 rather than 403 and give away nothing about other organisations.
 */
public final class OrganisationAccess {

    static final String PREFIX = "ORGANISATION_";

    private OrganisationAccess() {
    }

    /** Whether the caller may see and change the organisation and its apps. */
    public static boolean mayManage(Authentication caller, OrganisationId organisation) {
        return has(caller, "ROLE_ADMIN") || has(caller, PREFIX + organisation.value());
    }

    /** Whether the caller may read the organisation's apps: its managers and lab managers. */
    public static boolean mayReadApps(Authentication caller, OrganisationId organisation) {
        return mayManage(caller, organisation) || has(caller, "ROLE_LAB_MANAGER");
    }

    private static boolean has(Authentication caller, String authority) {
        return caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }
}
