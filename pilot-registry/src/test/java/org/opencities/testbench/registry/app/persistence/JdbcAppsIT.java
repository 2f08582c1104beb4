package org.opencities.testbench.registry.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.registry.RegistryModule;
import org.opencities.testbench.registry.TestDatabases;
import org.opencities.testbench.registry.app.App;
import org.opencities.testbench.registry.app.AppCategory;
import org.opencities.testbench.registry.app.AppChanged;
import org.opencities.testbench.registry.app.AppId;
import org.opencities.testbench.registry.app.AppNotFound;
import org.opencities.testbench.registry.app.Bandwidth;
import org.opencities.testbench.registry.app.NetworkRequirements;
import org.opencities.testbench.registry.app.TcontType;
import org.opencities.testbench.registry.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcAppsIT {

    private static final OrganisationId ACME = new OrganisationId("acme");
    private static final OrganisationId OTHER = new OrganisationId("other");

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2()), Arguments.of("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesAppsWithTheirNetworkRequirementsPerOrganisation(String name, DataSource dataSource) {
        RegistryModule.migrations(dataSource).migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM registry.app").update();
        jdbc.sql("DELETE FROM registry.organisation").update();
        for (var organisation : List.of(ACME, OTHER)) {
            jdbc.sql("INSERT INTO registry.organisation (id, name, country, vat_id, contact_email, version) "
                    + "VALUES (:id, :id, 'FI', 'FI12345671', 'a@b.example', 0)").param("id", organisation.value()).update();
        }
        var apps = new JdbcApps(jdbc);
        var bikes = app(ACME, "Bikes", "<b>bold</b> & \"quoted\"");

        assertThat(apps.addIfAbsent(bikes)).isTrue();
        assertThat(apps.addIfAbsent(bikes)).isFalse();
        apps.addIfAbsent(app(ACME, "Air quality", ""));
        apps.addIfAbsent(app(OTHER, "Tours", ""));

        assertThat(apps.count(ACME)).isEqualTo(2);
        assertThat(apps.page(ACME, 0, 10)).extracting(App::name).containsExactly("Air quality", "Bikes");
        var stored = apps.find(bikes.id()).orElseThrow();
        assertThat(stored).isEqualTo(bikes);
        assertThat(stored.network().upstream().tcontType()).isEqualTo(TcontType.ASSURED_AND_NON_ASSURED);

        var updated = apps.update(stored.withDetails("Bikes Pro", stored.description(), AppCategory.TOURISM,
                List.of("web"), List.of(Locale.ENGLISH), null, stored.network()));
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.website()).isNull();
        assertThat(updated.platforms()).containsExactly("web");
        assertThatThrownBy(() -> apps.update(stored)).isInstanceOf(AppChanged.class);
        assertThatThrownBy(() -> apps.update(app(ACME, "Ghost", ""))).isInstanceOf(AppNotFound.class);
    }

    private static App app(OrganisationId organisation, String name, String description) {
        return new App(AppId.random(), organisation, name, description, AppCategory.MOBILITY, List.of("android", "ios"),
                List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("pt-BR")), URI.create("https://example.org/" + name.replace(" ", "-")),
                new NetworkRequirements(Bandwidth.downstream(20_000, 100_000), Bandwidth.upstream(5_000, 20_000), 30, 5, 0.001),
                0);
    }
}
