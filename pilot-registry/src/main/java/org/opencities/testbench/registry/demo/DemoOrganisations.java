package org.opencities.testbench.registry.demo;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.opencities.testbench.registry.app.App;
import org.opencities.testbench.registry.app.AppCategory;
import org.opencities.testbench.registry.app.AppId;
import org.opencities.testbench.registry.app.Apps;
import org.opencities.testbench.registry.app.Bandwidth;
import org.opencities.testbench.registry.app.NetworkRequirements;
import org.opencities.testbench.registry.organisation.Organisation;
import org.opencities.testbench.registry.organisation.OrganisationId;
import org.opencities.testbench.registry.organisation.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo SME, the organisation of the {@code sme-demo} user, with one app. Runs only where
 * {@code testbench.registry.demo-data} is on; the app's id is derived from its name, so adding is
 * idempotent and a restart leaves both as they are.
 */
@Component
@ConditionalOnBooleanProperty("testbench.registry.demo-data")
class DemoOrganisations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);

    static final OrganisationId SME_DEMO = new OrganisationId("sme-demo");

    static final Organisation ORGANISATION = new Organisation(SME_DEMO, "Demo Mobility Oy", "FI", "FI12345671",
            "contact@demo-mobility.example", 0);

    static final App APP = new App(new AppId(UUID.nameUUIDFromBytes("sme-demo/citybike-live".getBytes())), SME_DEMO,
            "CityBike Live", "Live availability of city bikes and docks, with route suggestions.", AppCategory.MOBILITY,
            List.of("android", "ios", "web"), List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("en")),
            URI.create("https://demo-mobility.example/citybike-live"),
            new NetworkRequirements(Bandwidth.downstream(20_000, 100_000), Bandwidth.upstream(5_000, 20_000), 30, 5, 0.001),
            0);

    private final Organisations organisations;
    private final Apps apps;

    DemoOrganisations(Organisations organisations, Apps apps) {
        this.organisations = organisations;
        this.apps = apps;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean organisationAdded = organisations.addIfAbsent(ORGANISATION);
        boolean appAdded = apps.addIfAbsent(APP);
        log.info("Demo data: organisation {} {}, app {} {}", SME_DEMO, organisationAdded ? "added" : "already there",
                APP.name(), appAdded ? "added" : "already there");
    }
}
