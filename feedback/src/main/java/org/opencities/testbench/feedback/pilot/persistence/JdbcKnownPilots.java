package org.opencities.testbench.feedback.pilot.persistence;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;

import org.opencities.testbench.feedback.pilot.KnownPilots;
import org.opencities.testbench.feedback.pilot.Pilot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcKnownPilots implements KnownPilots {

    private final JdbcClient jdbc;

    JdbcKnownPilots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void remember(Pilot pilot) {
        int inserted = jdbc.sql("""
                INSERT INTO feedback.pilot (id, start_date, end_date, organisation_id) VALUES (:id, :start, :end, :organisation)
                ON CONFLICT DO NOTHING""")
                .param("id", pilot.id()).param("start", pilot.startDate()).param("end", pilot.endDate())
                .param("organisation", pilot.organisationId())
                .update();
        if (inserted == 1) {
            pilot.cities().forEach(city -> jdbc.sql("INSERT INTO feedback.pilot_city (pilot_id, city) VALUES (:id, :city)")
                    .param("id", pilot.id()).param("city", city).update());
        }
    }

    @Override
    public Optional<Pilot> find(String id) {
        var cities = new HashSet<>(jdbc.sql("SELECT city FROM feedback.pilot_city WHERE pilot_id = :id")
                .param("id", id).query(String.class).list());
        return jdbc.sql("SELECT start_date, end_date, organisation_id FROM feedback.pilot WHERE id = :id").param("id", id)
                .query((rs, n) -> new Pilot(id, cities, rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class), rs.getString("organisation_id")))
                .optional();
    }
}
