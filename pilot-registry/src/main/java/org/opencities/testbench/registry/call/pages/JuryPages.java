package org.opencities.testbench.registry.call.pages;

import java.util.List;
import java.util.stream.Collectors;

import org.opencities.testbench.registry.Conflict;
import org.opencities.testbench.registry.Unprocessable;
import org.opencities.testbench.registry.call.CallId;
import org.opencities.testbench.registry.call.OpenCall;
import org.opencities.testbench.registry.call.application.Application;
import org.opencities.testbench.registry.call.application.ApplicationId;
import org.opencities.testbench.registry.call.application.ApplicationNotFound;
import org.opencities.testbench.registry.call.application.ApplicationState;
import org.opencities.testbench.registry.call.application.Applications;
import org.opencities.testbench.registry.call.service.Awarding;
import org.opencities.testbench.registry.call.service.CallDesk;
import org.opencities.testbench.registry.call.service.JuryRoom;
import org.opencities.testbench.registry.call.web.CallAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The juror's scoring page, and the ranking with the award form for the call's managers. */
@Controller
class JuryPages {

    private static final int SHOWN = 100;

    private final CallDesk calls;
    private final Applications applications;
    private final JuryRoom jury;
    private final Awarding awarding;

    JuryPages(CallDesk calls, Applications applications, JuryRoom jury, Awarding awarding) {
        this.calls = calls;
        this.applications = applications;
        this.jury = jury;
        this.awarding = awarding;
    }

    @GetMapping("/lab/calls/{id}/jury")
    String jury(@PathVariable String id, Authentication caller, Model model) {
        var call = judged(id, caller);
        var competing = applications.page(call.id(), null, 0, SHOWN).stream()
                .filter(application -> application.state() != ApplicationState.WITHDRAWN).toList();
        model.addAttribute("call", call);
        model.addAttribute("applications", competing);
        model.addAttribute("scoredIds", jury.sheets(call).stream().filter(s -> s.juror().equals(caller.getName()))
                .map(s -> s.application().toString()).toList());
        model.addAttribute("recusals", jury.recusals(call).stream().filter(r -> r.juror().equals(caller.getName()))
                .map(r -> r.application().toString()).toList());
        return "registry/calls/jury";
    }

    @PostMapping("/lab/calls/{id}/jury/{application}/score")
    String score(@PathVariable String id, @PathVariable String application, @RequestParam List<Integer> points,
            @RequestParam(required = false) String comment, Authentication caller, RedirectAttributes redirect) {
        var call = judged(id, caller);
        try {
            jury.score(call, application(call, application), caller.getName(), points, comment);
            redirect.addFlashAttribute("scored", application);
        } catch (Unprocessable | Conflict e) {
            redirect.addFlashAttribute("failed", e.getMessage());
        }
        return "redirect:/lab/calls/" + call.id() + "/jury";
    }

    @PostMapping("/lab/calls/{id}/jury/{application}/conflict")
    String conflict(@PathVariable String id, @PathVariable String application,
            @RequestParam(required = false) String reason, Authentication caller, RedirectAttributes redirect) {
        var call = judged(id, caller);
        try {
            jury.recuse(call, application(call, application), caller.getName(), reason);
        } catch (Conflict e) {
            redirect.addFlashAttribute("failed", e.getMessage());
        }
        return "redirect:/lab/calls/" + call.id() + "/jury";
    }

    @GetMapping("/lab/calls/{id}/ranking")
    String ranking(@PathVariable String id, Authentication caller, Model model) {
        var call = CallAccess.ranked(caller, calls.find(new CallId(id)));
        model.addAttribute("call", call);
        model.addAttribute("ranking", jury.ranking(call));
        model.addAttribute("manages", CallAccess.manages(caller, call));
        model.addAttribute("organisations", applications.page(call.id(), null, 0, SHOWN).stream()
                .collect(Collectors.toMap(a -> a.id().toString(), a -> a.organisation().value())));
        return "registry/calls/ranking";
    }

    @PostMapping("/lab/calls/{id}/award")
    String award(@PathVariable String id, @RequestParam(required = false) List<String> applicationIds,
            Authentication caller, RedirectAttributes redirect) {
        var call = CallAccess.managed(caller, calls.find(new CallId(id)));
        try {
            var chosen = (applicationIds == null ? List.<String>of() : applicationIds).stream().map(ApplicationId::of).toList();
            var awarded = awarding.award(call, chosen, caller.getName());
            redirect.addFlashAttribute("awarded", awarded.size());
        } catch (Unprocessable | Conflict e) {
            redirect.addFlashAttribute("failed", e.getMessage());
        }
        return "redirect:/lab/calls/" + call.id() + "/ranking";
    }

    private OpenCall judged(String id, Authentication caller) {
        return CallAccess.judged(caller, calls.find(new CallId(id)));
    }

    private Application application(OpenCall call, String id) {
        return applications.findIn(call.id(), ApplicationId.of(id))
                .orElseThrow(() -> new ApplicationNotFound(id));
    }
}
