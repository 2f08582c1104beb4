package org.opencities.testbench.registry.call;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.opencities.testbench.registry.app.App;
import org.opencities.testbench.registry.app.AppCategory;
import org.opencities.testbench.registry.app.AppId;
import org.opencities.testbench.registry.app.Apps;
import org.opencities.testbench.registry.app.Bandwidth;
import org.opencities.testbench.registry.app.NetworkRequirements;
import org.opencities.testbench.registry.city.Cities;
import org.opencities.testbench.registry.city.City;
import org.opencities.testbench.registry.city.CityId;
import org.opencities.testbench.registry.city.LivingLab;
import org.opencities.testbench.registry.organisation.Organisation;
import org.opencities.testbench.registry.organisation.OrganisationId;
import org.opencities.testbench.registry.organisation.Organisations;

/** Cities, organisations and apps the call tests apply with, and calls written as the API takes them. */
public final class CallFixtures {

    public static final OrganisationId ORG_A = new OrganisationId("org-a");
    public static final OrganisationId ORG_B = new OrganisationId("org-b");

    private CallFixtures() {
    }

    /** Helsinki, Oulu and Gent with a lab each, and two Finnish organisations. */
    public static void seed(Cities cities, Organisations organisations) {
        for (var id : List.of("helsinki", "oulu", "gent")) {
            cities.addIfAbsent(new City(new CityId(id), id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1), "FI",
                    ZoneId.of("Europe/Helsinki"), Locale.forLanguageTag("fi"),
                    List.of(new LivingLab(id + "-lab", id + " lab", URI.create("https://labs.example/" + id)))));
        }
        organisations.addIfAbsent(new Organisation(ORG_A, "Org A Oy", "FI", "FI12345671", "a@org-a.example", 0));
        organisations.addIfAbsent(new Organisation(ORG_B, "Org B Oy", "FI", "FI12345671", "b@org-b.example", 0));
    }

    /** A new app of the organisation needing the given guaranteed downstream rate. */
    public static App app(Apps apps, OrganisationId organisation, AppCategory category, long guaranteedDownKbps) {
        var app = new App(AppId.random(), organisation, "App " + UUID.randomUUID().toString().substring(0, 6), "An app",
                category, List.of("web"), List.of(Locale.ENGLISH), URI.create("https://app.example"),
                new NetworkRequirements(Bandwidth.downstream(guaranteedDownKbps, 100_000), Bandwidth.upstream(1_000, 20_000),
                        30, 5, 0.001), 0);
        apps.addIfAbsent(app);
        return app;
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A call run by Helsinki targeting Helsinki and Oulu, open from 2026 until 2099, for mobility apps. */
    public static String callJson(String id, int maxPilots, long helsinkiDownKbps) {
        return """
                {"id":"%s","owner":"helsinki","title":"Smart city services","description":"Pilots on <b>fibre</b>",
                 "opensAt":"2026-01-10T09:00+02:00[Europe/Helsinki]","closesAt":"2099-03-10T17:00+01:00[Europe/Brussels]",
                 "eligibility":{"countries":["FI"],"categories":["MOBILITY","ENVIRONMENT"],"minTesters":10,"maxTesters":500},
                 "criteria":[{"name":"Impact","weight":3},{"name":"Feasibility","weight":1}],
                 "maxPilots":%d,
                 "capacities":[{"city":"helsinki","maxPilots":2,"downstreamKbps":%d,"upstreamKbps":20000},
                               {"city":"oulu","maxPilots":1,"downstreamKbps":50000,"upstreamKbps":10000}]}"""
                .formatted(id, maxPilots, helsinkiDownKbps);
    }

    public static String applicationJson(AppId app, String cities, int testers) {
        var start = LocalDate.now().plusDays(30);
        return """
                {"appId":"%s","cities":[%s],"plannedTesters":%d,"startDate":"%s","endDate":"%s"}"""
                .formatted(app, cities, testers, start, start.plusDays(90));
    }
}
