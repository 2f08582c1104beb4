package org.opencities.testbench.registry.city.persistence;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.opencities.testbench.registry.city.Cities;
import org.opencities.testbench.registry.city.City;
import org.opencities.testbench.registry.city.CityId;
import org.opencities.testbench.registry.city.LivingLab;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcCities implements Cities {

    private final JdbcClient jdbc;

    JdbcCities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<City> page(int offset, int limit) {
        var rows = jdbc.sql("SELECT * FROM registry.city ORDER BY name, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new CityRow(rs))
                .list();
        var labs = labsOf(rows.stream().map(CityRow::id).toList());
        return rows.stream().map(row -> row.toCity(labs.getOrDefault(row.id(), List.of()))).toList();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM registry.city").query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<City> find(CityId id) {
        return jdbc.sql("SELECT * FROM registry.city WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> new CityRow(rs))
                .optional()
                .map(row -> row.toCity(labsOf(List.of(row.id())).getOrDefault(row.id(), List.of())));
    }

    @Override
    @Transactional
    public boolean addIfAbsent(City city) {
        int inserted = jdbc.sql("""
                INSERT INTO registry.city (id, name, country, time_zone, language)
                VALUES (:id, :name, :country, :zone, :language) ON CONFLICT DO NOTHING""")
                .param("id", city.id().value())
                .param("name", city.name())
                .param("country", city.country())
                .param("zone", city.timeZone().getId())
                .param("language", city.language().toLanguageTag())
                .update();
        if (inserted == 0) {
            return false;
        }
        for (LivingLab lab : city.labs()) {
            jdbc.sql("INSERT INTO registry.living_lab (id, city_id, name, website) VALUES (:id, :city, :name, :website)")
                    .param("id", lab.id())
                    .param("city", city.id().value())
                    .param("name", lab.name())
                    .param("website", lab.website() == null ? null : lab.website().toString())
                    .update();
        }
        return true;
    }

    private Map<String, List<LivingLab>> labsOf(List<String> cityIds) {
        if (cityIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT * FROM registry.living_lab WHERE city_id IN (:ids) ORDER BY name")
                .param("ids", cityIds)
                .query((rs, n) -> Map.entry(rs.getString("city_id"), new LivingLab(rs.getString("id"),
                        rs.getString("name"), rs.getString("website") == null ? null : URI.create(rs.getString("website")))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private record CityRow(String id, String name, String country, String zone, String language) {

        CityRow(ResultSet rs) throws SQLException {
            this(rs.getString("id"), rs.getString("name"), rs.getString("country"), rs.getString("time_zone"),
                    rs.getString("language"));
        }

        City toCity(List<LivingLab> labs) {
            return new City(new CityId(id), name, country, ZoneId.of(zone), Locale.forLanguageTag(language), labs);
        }
    }
}
