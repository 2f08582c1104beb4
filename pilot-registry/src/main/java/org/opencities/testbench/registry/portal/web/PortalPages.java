package org.opencities.testbench.registry.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.opencities.testbench.registry.app.App;
import org.opencities.testbench.registry.app.AppCategory;
import org.opencities.testbench.registry.app.AppId;
import org.opencities.testbench.registry.app.AppNotFound;
import org.opencities.testbench.registry.app.Apps;
import org.opencities.testbench.registry.app.ImpossibleNetworkProfile;
import org.opencities.testbench.registry.account.web.FormErrors;
import org.opencities.testbench.registry.organisation.Organisation;
import org.opencities.testbench.registry.organisation.OrganisationId;
import org.opencities.testbench.registry.organisation.Organisations;
import org.opencities.testbench.registry.organisation.web.OrganisationAccess;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotId;
import org.opencities.testbench.registry.pilot.PilotNotFound;
import org.opencities.testbench.registry.pilot.PilotQuery;
import org.opencities.testbench.registry.pilot.PilotTransition;
import org.opencities.testbench.registry.pilot.Pilots;
import org.opencities.testbench.registry.pilot.Visibility;
import org.opencities.testbench.registry.web.Caller;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The SME portal: the dashboard of the organisations the caller acts for, their apps and the pilots
 * they follow. What a caller may see is decided by the same rules as the API's, so another
 * organisation's app or pilot is answered 404.
 */
@Controller
class PortalPages {

    private static final int SHOWN = 100;
    private static final int LAST_CHANGES = 3;
    private static final int AUDIT_SHOWN = 200;

    private final Organisations organisations;
    private final Apps apps;
    private final Pilots pilots;
    private final MessageSource messages;

    PortalPages(Organisations organisations, Apps apps, Pilots pilots, MessageSource messages) {
        this.organisations = organisations;
        this.apps = apps;
        this.pilots = pilots;
        this.messages = messages;
    }

    /** One organisation's part of the dashboard. */
    record Dashboard(Organisation organisation, List<App> apps, List<FollowedPilot> pilots) {
    }

    /** A pilot with its latest audit lines, newest last. */
    record FollowedPilot(Pilot pilot, List<PilotTransition> lastChanges) {
    }

    @GetMapping("/sme")
    String dashboard(Model model, Authentication caller) {
        var dashboards = ownOrganisations(caller).stream()
                .map(organisation -> new Dashboard(organisation, apps.page(organisation.id(), 0, SHOWN),
                        pilotsOf(organisation.id())))
                .toList();
        model.addAttribute("dashboards", dashboards);
        return "registry/sme/dashboard";
    }

    @GetMapping("/sme/apps/new")
    String newApp(Model model, Authentication caller) {
        var own = ownOrganisations(caller);
        return appForm(model, AppForm.startingFor(own.isEmpty() ? "" : own.get(0).id().value()), Map.of(), own);
    }

    @PostMapping("/sme/apps/new")
    String addApp(@Valid @ModelAttribute("form") AppForm form, BindingResult result, Model model, Locale locale,
            Authentication caller) {
        var errors = new LinkedHashMap<>(FormErrors.of(result, messages, "portal.newApp.invalidNumber", locale));
        var own = ownOrganisations(caller);
        if (form.organisation() != null && own.stream().noneMatch(o -> o.id().value().equals(form.organisation()))) {
            errors.putIfAbsent("organisation", messages.getMessage("accounts.invalid.required", null, locale));
        }
        if (errors.isEmpty()) {
            try {
                var app = form.toApp();
                apps.addIfAbsent(app);
                return "redirect:/sme/apps/" + app.id();
            } catch (ImpossibleNetworkProfile e) {
                errors.put(AppForm.formField(e.field()),
                        messages.getMessage("portal.newApp.impossible", new Object[] {e.getMessage()}, locale));
            } catch (AppForm.InvalidWebsite e) {
                errors.put("website", messages.getMessage("portal.newApp.invalidWebsite", null, locale));
            }
        }
        return appForm(model, form, errors, own);
    }

    @GetMapping("/sme/apps/{id}")
    String app(@PathVariable String id, Model model, Authentication caller) {
        var appId = AppId.of(id);
        var app = apps.find(appId)
                .filter(found -> OrganisationAccess.mayManage(caller, found.organisation()))
                .orElseThrow(() -> new AppNotFound(appId));
        model.addAttribute("app", app);
        return "registry/sme/app";
    }

    @GetMapping("/sme/pilots/{id}")
    String pilot(@PathVariable String id, Model model, Authentication caller) {
        var pilotId = new PilotId(id);
        var pilot = pilots.find(pilotId)
                .filter(found -> OrganisationAccess.mayManage(caller, new OrganisationId(found.organisationId())))
                .orElseThrow(() -> new PilotNotFound(pilotId));
        model.addAttribute("pilot", pilot);
        model.addAttribute("app", AppId.parse(pilot.appId()).flatMap(apps::find).orElse(null));
        model.addAttribute("transitions", pilots.transitions(pilotId, 0, AUDIT_SHOWN));
        return "registry/sme/pilot";
    }

    private String appForm(Model model, AppForm form, Map<String, String> errors, List<Organisation> own) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", own);
        model.addAttribute("categories", AppCategory.values());
        return "registry/sme/app-new";
    }

    private List<Organisation> ownOrganisations(Authentication caller) {
        return Caller.of(caller).organisations().stream().sorted()
                .map(OrganisationId::new)
                .flatMap(id -> organisations.find(id).stream())
                .toList();
    }

    private List<FollowedPilot> pilotsOf(OrganisationId organisation) {
        var query = PilotQuery.of(null, null, new Visibility(false, Set.of(), Set.of(organisation.value())));
        return pilots.page(query, 0, SHOWN).stream().map(pilot -> {
            long count = pilots.countTransitions(pilot.id());
            int from = (int) Math.max(0, count - LAST_CHANGES);
            return new FollowedPilot(pilot, pilots.transitions(pilot.id(), from, LAST_CHANGES));
        }).toList();
    }
}
