package org.opencities.testbench.registry.organisation.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.registry.RegistryModule;
import org.opencities.testbench.registry.TestDatabases;
import org.opencities.testbench.registry.organisation.Organisation;
import org.opencities.testbench.registry.organisation.OrganisationConflict;
import org.opencities.testbench.registry.organisation.OrganisationId;
import org.opencities.testbench.registry.organisation.OrganisationNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcOrganisationsIT {

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2()), Arguments.of("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesOrganisationsOncePagesByNameAndUpdatesOnlyTheCurrentVersion(String name, DataSource dataSource) {
        RegistryModule.migrations(dataSource).migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM registry.app").update();
        jdbc.sql("DELETE FROM registry.organisation").update();
        var organisations = new JdbcOrganisations(jdbc);

        var added = organisations.add(organisation("zeta", "Zeta Oy"));
        organisations.add(organisation("alpha", "Alpha Oy"));
        organisations.add(organisation("mid", "Mid Oy"));

        assertThat(added.version()).isZero();
        assertThatThrownBy(() -> organisations.add(organisation("zeta", "Zeta again"))).isInstanceOf(OrganisationConflict.class);
        assertThat(organisations.addIfAbsent(organisation("zeta", "Zeta again"))).isFalse();
        assertThat(organisations.count()).isEqualTo(3);
        assertThat(organisations.page(1, 5)).extracting(Organisation::name).containsExactly("Mid Oy", "Zeta Oy");

        var renamed = organisations.update(added.withDetails("Zeta Group Oy", "FI", "FI87654321", "hello@zeta.example"));
        assertThat(renamed.version()).isEqualTo(1);
        assertThat(organisations.find(new OrganisationId("zeta")).orElseThrow().name()).isEqualTo("Zeta Group Oy");
        assertThatThrownBy(() -> organisations.update(added)).isInstanceOf(OrganisationConflict.class);
        assertThatThrownBy(() -> organisations.update(organisation("nowhere", "Nobody"))).isInstanceOf(OrganisationNotFound.class);
        assertThat(organisations.find(new OrganisationId("nowhere"))).isEmpty();
    }

    private static Organisation organisation(String id, String name) {
        return new Organisation(new OrganisationId(id), name, "FI", "FI12345671", "contact@" + id + ".example", 0);
    }
}
