package org.opencities.testbench.orchestrator.inventory.persistence;

import java.sql.Types;
import java.util.List;
import java.util.Optional;

import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentFilter;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.Segments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSegments implements Segments {

    private static final String FILTER = " WHERE (:city IS NULL OR city = :city) AND (:status IS NULL OR status = :status)"
            + " AND (:technology IS NULL OR technology = :technology)";

    private final JdbcClient jdbc;

    JdbcSegments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Segment> page(SegmentFilter filter, int offset, int limit) {
        return filtered(jdbc.sql("SELECT * FROM orchestrator.segment" + FILTER
                        + " ORDER BY city, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"), filter)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> SegmentRows.segment(rs))
                .list();
    }

    @Override
    public long count(SegmentFilter filter) {
        return filtered(jdbc.sql("SELECT COUNT(*) FROM orchestrator.segment" + FILTER), filter).query(Long.class).single();
    }

    @Override
    public List<String> cities() {
        return jdbc.sql("SELECT DISTINCT city FROM orchestrator.segment ORDER BY city").query(String.class).list();
    }

    @Override
    public boolean serves(String city) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM orchestrator.segment WHERE city = ?)").param(city).query(Boolean.class).single();
    }

    @Override
    public Optional<Segment> find(SegmentId id) {
        return jdbc.sql("SELECT * FROM orchestrator.segment WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> SegmentRows.segment(rs))
                .optional();
    }

    @Override
    public boolean addIfAbsent(Segment segment) {
        return SegmentRows.bind(jdbc.sql(SegmentRows.INSERT + " ON CONFLICT DO NOTHING"), segment).update() == 1;
    }

    private static StatementSpec filtered(StatementSpec statement, SegmentFilter filter) {
        return statement
                .param("city", filter.city().orElse(null), Types.VARCHAR)
                .param("status", filter.status().map(Enum::name).orElse(null), Types.VARCHAR)
                .param("technology", filter.technology().map(Enum::name).orElse(null), Types.VARCHAR);
    }
}
