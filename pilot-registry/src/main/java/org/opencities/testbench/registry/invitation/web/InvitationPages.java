package org.opencities.testbench.registry.invitation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.opencities.testbench.registry.invitation.InvalidInvitationBatch;
import org.opencities.testbench.registry.invitation.Invitations;
import org.opencities.testbench.registry.invitation.PilotNotRecruiting;
import org.opencities.testbench.registry.invitation.RecruitingPilots;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotQuery;
import org.opencities.testbench.registry.pilot.Pilots;
import org.opencities.testbench.registry.pilot.Visibility;
import org.opencities.testbench.registry.web.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lab managers' pages for recruiting testers: the pilots of their cities that recruit, and per
 * pilot its invitation batches, a form that issues a new batch (whose links are shown once) and
 * revocation.
 */
@Controller
class InvitationPages {

    private static final int SHOWN = 100;

    private final Pilots pilots;
    private final Invitations invitations;
    private final InvitationIssuing issuing;
    private final PilotAccess access;
    private final Clock clock = Clock.systemUTC();

    InvitationPages(Pilots pilots, Invitations invitations, InvitationIssuing issuing, PilotAccess access) {
        this.pilots = pilots;
        this.invitations = invitations;
        this.issuing = issuing;
        this.access = access;
    }

    @GetMapping("/lab/pilots")
    String recruiting(Authentication caller, Model model) {
        var who = Caller.of(caller);
        var query = new PilotQuery(RecruitingPilots.STATES, null, new Visibility(who.is("ADMIN"), who.cities(), Set.of()));
        model.addAttribute("pilots", pilots.page(query, 0, SHOWN));
        return "registry/invitations/pilots";
    }

    @GetMapping("/lab/pilots/{pilotId}/invitations")
    String batches(@PathVariable String pilotId, Authentication caller, Model model) {
        return show(access.managed(pilotId, caller), new InvitationForm(10, LocalDate.now(clock).plusDays(30), "en"),
                null, model);
    }

    @PostMapping("/lab/pilots/{pilotId}/invitations")
    String issue(@PathVariable String pilotId, InvitationForm form, Authentication caller, Model model,
            HttpServletResponse response) {
        var pilot = access.managed(pilotId, caller);
        if (form.count() == null || form.expiresOn() == null || form.language() == null) {
            return show(pilot, form, "count", model);
        }
        try {
            var issued = issuing.issue(pilot, form.count(), form.expiresOn().plusDays(1).atStartOfDay(ZoneOffset.UTC)
                    .toInstant(), form.language(), caller.getName(), null);
            // The links are secrets shown once: nothing may keep this page.
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            model.addAttribute("issued", issued);
            return show(pilot, form, null, model);
        } catch (InvalidInvitationBatch e) {
            model.addAttribute("reason", e.getMessage());
            return show(pilot, form, e.field(), model);
        } catch (PilotNotRecruiting e) {
            model.addAttribute("reason", e.getMessage());
            return show(pilot, form, "pilot", model);
        }
    }

    @PostMapping("/lab/pilots/{pilotId}/invitations/{batchId}/revoke")
    String revoke(@PathVariable String pilotId, @PathVariable String batchId, Authentication caller) {
        var pilot = access.managed(pilotId, caller);
        invitations.findBatch(batchId).filter(batch -> batch.pilotId().equals(pilot.id()))
                .ifPresent(batch -> invitations.revoke(batch.revoke(clock.instant())));
        return "redirect:/lab/pilots/" + pilot.id().value() + "/invitations";
    }

    private String show(Pilot pilot, InvitationForm form, String invalidField, Model model) {
        model.addAttribute("pilot", pilot);
        model.addAttribute("batches", invitations.batches(pilot.id(), clock.instant(), 0, SHOWN));
        model.addAttribute("form", form);
        model.addAttribute("invalid", invalidField);
        return "registry/invitations/batches";
    }

    /** The issuing form: how many links, the last day they work, the language of the enrolment page. */
    record InvitationForm(Integer count, LocalDate expiresOn, String language) {
    }
}
