package org.opencities.testbench.registry.organisation.web;

import org.opencities.testbench.registry.organisation.OrganisationId;
import org.opencities.testbench.registry.web.Caller;
import org.springframework.security.core.Authentication;

/**
 * Which organisations a caller may see: an administrator all of them, anyone else those it acts
 * for. To someone else an organisation's data does not exist, so callers answer 404 rather than
 * 403 and give away nothing about other organisations.
 */
public final class OrganisationAccess {

    private OrganisationAccess() {
    }

    /** Whether the caller may see and change the organisation and its apps. */
    public static boolean mayManage(Authentication authentication, OrganisationId organisation) {
        var caller = Caller.of(authentication);
        return caller.is("ADMIN") || caller.actsFor(organisation.value());
    }

    /** Whether the caller may read the organisation's apps: its managers and lab managers. */
    public static boolean mayReadApps(Authentication authentication, OrganisationId organisation) {
        return mayManage(authentication, organisation) || Caller.of(authentication).is("LAB_MANAGER");
    }
}
