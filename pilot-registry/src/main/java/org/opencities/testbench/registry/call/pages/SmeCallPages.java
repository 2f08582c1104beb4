package org.opencities.testbench.registry.call.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.opencities.testbench.registry.Conflict;
import org.opencities.testbench.registry.Unprocessable;
import org.opencities.testbench.registry.app.App;
import org.opencities.testbench.registry.app.AppId;
import org.opencities.testbench.registry.app.Apps;
import org.opencities.testbench.registry.call.CallId;
import org.opencities.testbench.registry.call.OpenCall;
import org.opencities.testbench.registry.call.application.PlannedPilot;
import org.opencities.testbench.registry.call.service.ApplicationDesk;
import org.opencities.testbench.registry.call.service.CallDesk;
import org.opencities.testbench.registry.call.web.CallAccess;
import org.opencities.testbench.registry.city.CityId;
import org.opencities.testbench.registry.organisation.OrganisationId;
import org.opencities.testbench.registry.web.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The SME portal's application form: one of its organisations' apps, the call's cities, testers and dates. */
@Controller
class SmeCallPages {

    private static final int APPS_SHOWN = 100;

    private final CallDesk calls;
    private final ApplicationDesk desk;
    private final Apps apps;

    SmeCallPages(CallDesk calls, ApplicationDesk desk, Apps apps) {
        this.calls = calls;
        this.desk = desk;
        this.apps = apps;
    }

    @GetMapping("/sme/calls/{id}/apply")
    String form(@PathVariable String id, Authentication caller, Model model) {
        var call = CallAccess.visible(caller, calls.find(new CallId(id)));
        return show(call, caller, model, new Form(null, List.of(), null, null, null), PageErrors.none());
    }

    @PostMapping("/sme/calls/{id}/apply")
    String apply(@PathVariable String id, @RequestParam(required = false) String appId,
            @RequestParam(required = false) List<String> cities, @RequestParam(required = false) String plannedTesters,
            @RequestParam(required = false) String startDate, @RequestParam(required = false) String endDate,
            Authentication caller, Model model, RedirectAttributes redirect) {
        var call = CallAccess.visible(caller, calls.find(new CallId(id)));
        var form = new Form(appId, cities == null ? List.of() : cities, plannedTesters, startDate, endDate);
        var app = ownApps(caller).stream().filter(a -> a.id().toString().equals(appId)).findFirst();
        if (app.isEmpty()) {
            return show(call, caller, model, form, PageErrors.field("appId"));
        }
        if (form.cities().isEmpty()) {
            return show(call, caller, model, form, PageErrors.field("cities"));
        }
        Integer testers = number(plannedTesters);
        if (testers == null) {
            return show(call, caller, model, form, PageErrors.field("plannedTesters"));
        }
        LocalDate start = date(startDate);
        if (start == null) {
            return show(call, caller, model, form, PageErrors.field("startDate"));
        }
        LocalDate end = date(endDate);
        if (end == null) {
            return show(call, caller, model, form, PageErrors.field("endDate"));
        }
        try {
            var plan = new PlannedPilot(form.cities().stream().distinct().map(CityId::new).toList(), testers, start, end);
            var application = desk.apply(call, app.get(), plan, caller.getName());
            redirect.addFlashAttribute("applied", application.id().toString());
            return "redirect:/calls/" + call.id();
        } catch (Unprocessable e) {
            return show(call, caller, model, form, PageErrors.of(e));
        } catch (Conflict e) {
            return show(call, caller, model, form, PageErrors.of(e));
        }
    }

    private String show(OpenCall call, Authentication caller, Model model, Form form, PageErrors errors) {
        model.addAttribute("call", call);
        model.addAttribute("apps", ownApps(caller));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "registry/calls/apply";
    }

    private List<App> ownApps(Authentication caller) {
        var own = new ArrayList<App>();
        for (String organisation : Caller.of(caller).organisations()) {
            own.addAll(apps.page(new OrganisationId(organisation), 0, APPS_SHOWN));
        }
        return own;
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What the SME entered, shown again when the form has errors. */
    record Form(String appId, List<String> cities, String plannedTesters, String startDate, String endDate) {

        public boolean chose(CityId city) {
            return cities.contains(city.value());
        }

        public boolean chose(AppId app) {
            return app.toString().equals(appId);
        }
    }
}
