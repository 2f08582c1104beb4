package org.opencities.testbench.feedback.schedule.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.opencities.testbench.feedback.schedule.Leases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLeases implements Leases {

    private final JdbcClient jdbc;

    JdbcLeases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean take(String name, String holder, Instant until) {
        return jdbc.sql("""
                UPDATE feedback.feedback_lease SET holder = :holder, held_until = :until
                WHERE name = :name AND (holder IS NULL OR holder = :holder OR held_until < :now)""")
                .param("holder", holder).param("until", utc(until)).param("name", name)
                .param("now", utc(Instant.now()))
                .update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
