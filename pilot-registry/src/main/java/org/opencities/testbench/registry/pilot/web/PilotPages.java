package org.opencities.testbench.registry.pilot.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import org.opencities.testbench.registry.app.App;
import org.opencities.testbench.registry.app.AppId;
import org.opencities.testbench.registry.app.Apps;
import org.opencities.testbench.registry.city.Cities;
import org.opencities.testbench.registry.organisation.Organisation;
import org.opencities.testbench.registry.organisation.OrganisationId;
import org.opencities.testbench.registry.organisation.Organisations;
import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotQuery;
import org.opencities.testbench.registry.pilot.Pilots;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page of pilots running now, per city: what residents can try out, and who runs it. */
@Controller
class PilotPages {

    private static final int SHOWN = 100;
    private static final int CITIES = 100;

    private final Pilots pilots;
    private final Apps apps;
    private final Organisations organisations;
    private final Cities cities;

    PilotPages(Pilots pilots, Apps apps, Organisations organisations, Cities cities) {
        this.pilots = pilots;
        this.apps = apps;
        this.organisations = organisations;
        this.cities = cities;
    }

    @GetMapping("/pilots")
    String running(@RequestParam(required = false) String city, Model model) {
        String chosen = city == null || city.isBlank() ? null : city;
        var query = PilotQuery.running(chosen);
        var shown = cards(pilots.page(query, 0, SHOWN));
        model.addAttribute("pilots", shown);
        model.addAttribute("total", pilots.count(query));
        model.addAttribute("cities", cities.page(0, CITIES));
        model.addAttribute("city", chosen);
        return "registry/pilots";
    }

    /** Cards for the pilots, looking each app and organisation up once however many pilots share it. */
    private List<RunningPilot> cards(List<Pilot> running) {
        var appNames = new HashMap<String, String>();
        var organisationNames = new HashMap<String, String>();
        return running.stream().map(pilot -> new RunningPilot(pilot.id().value(),
                appNames.computeIfAbsent(pilot.appId(),
                        id -> AppId.parse(id).flatMap(apps::find).map(App::name).orElse(id)),
                organisationNames.computeIfAbsent(pilot.organisationId(),
                        id -> organisations.find(new OrganisationId(id)).map(Organisation::name).orElse(id)),
                pilot.cities(), pilot.startDate(), pilot.endDate(), pilot.state().name())).toList();
    }

    /** A running pilot as the public page shows it. */
    record RunningPilot(String id, String app, String organisation, List<String> cities, LocalDate start,
            LocalDate end, String state) {
    }
}
