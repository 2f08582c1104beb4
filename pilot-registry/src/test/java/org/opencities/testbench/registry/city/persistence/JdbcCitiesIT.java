package org.opencities.testbench.registry.city.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencities.testbench.registry.RegistryModule;
import org.opencities.testbench.registry.TestDatabases;
import org.opencities.testbench.registry.city.City;
import org.opencities.testbench.registry.city.CityId;
import org.opencities.testbench.registry.city.LivingLab;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcCitiesIT {

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestDatabases.h2()), Arguments.of("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesCitiesWithTheirLabsOnceAndPagesByName(String name, DataSource dataSource) {
        RegistryModule.migrations(dataSource).migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM registry.living_lab").update();
        jdbc.sql("DELETE FROM registry.city").update();
        var cities = new JdbcCities(jdbc);

        boolean first = cities.addIfAbsent(city("oulu", "Oulu"));
        boolean again = cities.addIfAbsent(city("oulu", "Oulu again"));
        cities.addIfAbsent(city("berlin", "Berlin"));
        cities.addIfAbsent(city("gent", "Gent"));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(cities.count()).isEqualTo(3);
        assertThat(cities.page(1, 5)).extracting(City::name).containsExactly("Gent", "Oulu");
        var oulu = cities.find(new CityId("oulu")).orElseThrow();
        assertThat(oulu.timeZone()).isEqualTo(ZoneId.of("Europe/Helsinki"));
        assertThat(oulu.labs()).extracting(LivingLab::name).containsExactly("Oulu lab");
        assertThat(cities.find(new CityId("nowhere"))).isEmpty();
    }

    private static City city(String id, String name) {
        return new City(new CityId(id), name, "FI", ZoneId.of("Europe/Helsinki"), Locale.forLanguageTag("fi"),
                List.of(new LivingLab(id + "-lab", name.split(" ")[0] + " lab", URI.create("https://example.org/" + id))));
    }
}
