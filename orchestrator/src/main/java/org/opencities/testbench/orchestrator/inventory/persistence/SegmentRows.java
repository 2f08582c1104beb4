package org.opencities.testbench.orchestrator.inventory.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.opencities.testbench.orchestrator.inventory.ProbeEndpoint;
import org.opencities.testbench.orchestrator.inventory.Segment;
import org.opencities.testbench.orchestrator.inventory.SegmentId;
import org.opencities.testbench.orchestrator.inventory.SegmentStatus;
import org.opencities.testbench.orchestrator.inventory.Technology;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/** How a segment maps to a row of {@code orchestrator.segment}; shared with the capacity ledger, which owns the committed columns. */
public final class SegmentRows {

    /** The columns a segment is written to, as named parameters of {@link #bind}. */
    public static final String INSERT = """
            INSERT INTO orchestrator.segment (id, city, central_office, olt, pon_port, technology, split_ratio, ont_count,
                                              status, usable_down_kbps, usable_up_kbps, headroom, overbooking,
                                              probe_host, probe_port)
            VALUES (:id, :city, :office, :olt, :port, :technology, :split, :onts, :status, :down, :up, :headroom,
                    :overbooking, :probeHost, :probePort)""";

    /** Replaces every field of a segment but its id and committed capacity. */
    public static final String UPDATE = """
            UPDATE orchestrator.segment SET city = :city, central_office = :office, olt = :olt, pon_port = :port,
                   technology = :technology, split_ratio = :split, ont_count = :onts, status = :status,
                   usable_down_kbps = :down, usable_up_kbps = :up, headroom = :headroom, overbooking = :overbooking,
                   probe_host = :probeHost, probe_port = :probePort
             WHERE id = :id""";

    private SegmentRows() {
    }

    public static StatementSpec bind(StatementSpec statement, Segment segment) {
        return statement
                .param("id", segment.id().value())
                .param("city", segment.city())
                .param("office", segment.centralOffice())
                .param("olt", segment.olt())
                .param("port", segment.ponPort())
                .param("technology", segment.technology().name())
                .param("split", segment.splitRatio())
                .param("onts", segment.ontCount())
                .param("status", segment.status().name())
                .param("down", segment.usableDownKbps())
                .param("up", segment.usableUpKbps())
                .param("headroom", BigDecimal.valueOf(segment.headroom()))
                .param("overbooking", BigDecimal.valueOf(segment.overbooking()))
                .param("probeHost", segment.probe() == null ? null : segment.probe().host(), Types.VARCHAR)
                .param("probePort", segment.probe() == null ? null : segment.probe().port(), Types.INTEGER);
    }

    public static Segment segment(ResultSet rs) throws SQLException {
        String probeHost = rs.getString("probe_host");
        return new Segment(new SegmentId(rs.getString("id")), rs.getString("city"), rs.getString("central_office"),
                rs.getString("olt"), rs.getString("pon_port"), Technology.valueOf(rs.getString("technology")),
                rs.getInt("split_ratio"), rs.getInt("ont_count"), SegmentStatus.valueOf(rs.getString("status")),
                rs.getLong("usable_down_kbps"), rs.getLong("usable_up_kbps"),
                rs.getBigDecimal("headroom").doubleValue(), rs.getBigDecimal("overbooking").doubleValue(),
                probeHost == null ? null : new ProbeEndpoint(probeHost, rs.getInt("probe_port")));
    }
}
