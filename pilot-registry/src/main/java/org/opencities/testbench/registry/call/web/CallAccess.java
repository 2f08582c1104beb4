package org.opencities.testbench.registry.call.web;

import java.util.Set;

import org.opencities.testbench.registry.call.CallNotFound;
import org.opencities.testbench.registry.call.CallQuery;
import org.opencities.testbench.registry.call.CallState;
import org.opencities.testbench.registry.call.OpenCall;
import org.opencities.testbench.registry.call.application.Application;
import org.opencities.testbench.registry.web.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * Who may do what with a call. Everybody sees calls that are not drafts; a call's managers are
 * the lab managers of the city that runs it (and administrators), and only they see its draft;
 * its jurors see and judge its applications; an SME sees only its organisations' applications.
 * Something a caller may not see answers 404; something it sees but may not change answers 403.
 */
public final class CallAccess {

    private CallAccess() {
    }

    public static boolean manages(Authentication authentication, OpenCall call) {
        var caller = Caller.of(authentication);
        return caller.is("ADMIN") || caller.is("LAB_MANAGER") && caller.cities().contains(call.owner().value());
    }

    public static boolean sees(Authentication authentication, OpenCall call) {
        return call.state() != CallState.DRAFT || manages(authentication, call);
    }

    public static boolean judges(Authentication authentication, OpenCall call) {
        return authentication != null && Caller.of(authentication).is("LAB_MANAGER") && call.isJuror(authentication.getName());
    }

    /** The call if the caller may see it; otherwise it does not exist for the caller. */
    public static OpenCall visible(Authentication authentication, OpenCall call) {
        if (!sees(authentication, call)) {
            throw new CallNotFound(call.id());
        }
        return call;
    }

    /** The call if the caller manages it. */
    /** The call, if the caller may see its ranking: its managers and its jurors. */
    public static OpenCall ranked(Authentication authentication, OpenCall call) {
        visible(authentication, call);
        if (!manages(authentication, call) && !judges(authentication, call)) {
            throw new AccessDeniedException("Only the call's managers and jurors see its ranking");
        }
        return call;
    }

    /** The call, if the caller is one of its jurors. */
    public static OpenCall judged(Authentication authentication, OpenCall call) {
        visible(authentication, call);
        if (!judges(authentication, call)) {
            throw new AccessDeniedException(authentication.getName() + " is not a juror of call " + call.id());
        }
        return call;
    }

    public static OpenCall managed(Authentication authentication, OpenCall call) {
        visible(authentication, call);
        if (!manages(authentication, call)) {
            throw new AccessDeniedException("Only the lab managers of " + call.owner() + " manage call " + call.id());
        }
        return call;
    }

    /** The organisations whose applications the caller sees, or {@code null} for all of them. */
    public static Set<String> applicationsSeenBy(Authentication authentication, OpenCall call) {
        if (manages(authentication, call) || judges(authentication, call)) {
            return null;
        }
        return Caller.of(authentication).organisations();
    }

    public static boolean sees(Authentication authentication, OpenCall call, Application application) {
        var organisations = applicationsSeenBy(authentication, call);
        return organisations == null || organisations.contains(application.organisation().value());
    }

    /** The calls a caller may list: every call that is not a draft, and the drafts it manages. */
    public static CallQuery query(Authentication authentication, CallState state, String city) {
        var caller = Caller.of(authentication);
        return new CallQuery(state, city, caller.is("LAB_MANAGER") ? caller.cities() : Set.of(), caller.is("ADMIN"));
    }
}
