package org.opencities.testbench.registry.call.pages;

import org.opencities.testbench.registry.Conflict;
import org.opencities.testbench.registry.Unprocessable;
import org.opencities.testbench.registry.call.CallId;
import org.opencities.testbench.registry.call.CallState;
import org.opencities.testbench.registry.call.OpenCalls;
import org.opencities.testbench.registry.call.application.Applications;
import org.opencities.testbench.registry.call.service.CallDesk;
import org.opencities.testbench.registry.call.web.CallAccess;
import org.opencities.testbench.registry.city.CityId;
import org.opencities.testbench.registry.web.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lab manager's call pages: the calls it manages or judges, their transitions, and each call's applications. */
@Controller
class LabCallPages {

    private static final int SHOWN = 100;

    private final OpenCalls calls;
    private final CallDesk desk;
    private final Applications applications;

    LabCallPages(OpenCalls calls, CallDesk desk, Applications applications) {
        this.calls = calls;
        this.desk = desk;
        this.applications = applications;
    }

    @GetMapping("/lab/calls")
    String list(Authentication caller, Model model) {
        var cities = Caller.of(caller).cities();
        return show(caller, model, DraftForm.empty(cities.isEmpty() ? "" : cities.stream().sorted().findFirst().get()),
                PageErrors.none());
    }

    @PostMapping("/lab/calls")
    String draft(DraftForm form, Authentication caller, Model model, RedirectAttributes redirect) {
        var who = Caller.of(caller);
        if (form.owner() == null || (!who.is("ADMIN") && !who.cities().contains(form.owner()))) {
            return show(caller, model, form, PageErrors.field("owner"));
        }
        try {
            var id = new CallId(form.id() == null ? "" : form.id().strip());
            desk.draft(id, new CityId(form.owner()), form.terms());
            redirect.addFlashAttribute("drafted", id.value());
            return "redirect:/lab/calls";
        } catch (Unprocessable e) {
            return show(caller, model, form, PageErrors.of(e));
        } catch (Conflict e) {
            return show(caller, model, form, PageErrors.field("id"));
        } catch (IllegalArgumentException e) {
            return show(caller, model, form, PageErrors.field("id"));
        }
    }

    private String show(Authentication caller, Model model, DraftForm form, PageErrors errors) {
        var mine = calls.page(CallAccess.query(caller, null, null), 0, SHOWN).stream()
                .filter(call -> CallAccess.manages(caller, call) || CallAccess.judges(caller, call))
                .toList();
        model.addAttribute("calls", mine);
        model.addAttribute("me", caller.getName());
        model.addAttribute("ownCities", Caller.of(caller).cities().stream().sorted().toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "registry/calls/lab-list";
    }

    @PostMapping("/lab/calls/{id}/transitions")
    String move(@PathVariable String id, @RequestParam String to, @RequestParam long version, Authentication caller,
            RedirectAttributes redirect) {
        var call = CallAccess.managed(caller, desk.find(new CallId(id)));
        try {
            desk.move(call, version, CallState.named(to));
            redirect.addFlashAttribute("moved", call.id().value());
        } catch (Unprocessable | Conflict e) {
            redirect.addFlashAttribute("failed", e.getMessage());
        }
        return "redirect:/lab/calls";
    }

    @GetMapping("/lab/calls/{id}/applications")
    String applications(@PathVariable String id, Authentication caller, Model model) {
        var call = CallAccess.visible(caller, desk.find(new CallId(id)));
        model.addAttribute("call", call);
        model.addAttribute("applications", applications.page(call.id(), CallAccess.applicationsSeenBy(caller, call), 0, SHOWN));
        return "registry/calls/lab-applications";
    }
}
