package org.opencities.testbench.orchestrator.inventory.persistence;

import java.sql.ResultSet;
import java.sql.Types;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.SegmentStatus;
import org.opencities.testbench.orchestrator.inventory.Segments;
import org.opencities.testbench.orchestrator.inventory.Technology;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSegments implements Segments {

    private static final String CITY_FILTER = " WHERE (:city IS NULL OR city = :city)";

    private final JdbcClient jdbc;

    JdbcSegments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Segment> page(Optional<String> city, int offset, int limit) {
        return jdbc.sql("SELECT * FROM orchestrator.segment" + CITY_FILTER
                        + " ORDER BY city, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("city", city.orElse(null), Types.VARCHAR)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> segment(rs))
                .list();
    }

    @Override
    public long count(Optional<String> city) {
        return jdbc.sql("SELECT COUNT(*) FROM orchestrator.segment" + CITY_FILTER)
                .param("city", city.orElse(null), Types.VARCHAR)
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<Segment> find(SegmentId id) {
        return jdbc.sql("SELECT * FROM orchestrator.segment WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> segment(rs))
                .optional();
    }

    @Override
    public boolean addIfAbsent(Segment segment) {
        return jdbc.sql("""
                INSERT INTO orchestrator.segment (id, city, central_office, olt, pon_port, technology, split_ratio,
                                                  status, usable_down_kbps, usable_up_kbps)
                VALUES (:id, :city, :office, :olt, :port, :technology, :split, :status, :down, :up)
                ON CONFLICT DO NOTHING""")
                .param("id", segment.id().value())
                .param("city", segment.city())
                .param("office", segment.centralOffice())
                .param("olt", segment.olt())
                .param("port", segment.ponPort())
                .param("technology", segment.technology().name())
                .param("split", segment.splitRatio())
                .param("status", segment.status().name())
                .param("down", segment.usableDownKbps())
                .param("up", segment.usableUpKbps())
                .update() == 1;
    }

    private static Segment segment(ResultSet rs) throws SQLException {
        return new Segment(new SegmentId(rs.getString("id")), rs.getString("city"), rs.getString("central_office"),
                rs.getString("olt"), rs.getString("pon_port"), Technology.valueOf(rs.getString("technology")),
                rs.getInt("split_ratio"), SegmentStatus.valueOf(rs.getString("status")),
                rs.getLong("usable_down_kbps"), rs.getLong("usable_up_kbps"));
    }
}
