package org.opencities.testbench.probes.agent.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.opencities.testbench.probes.agent.AgentId;
import org.opencities.testbench.probes.agent.ProbeAgent;
import org.opencities.testbench.probes.agent.ProbeAgents;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Probe agents in plain SQL that H2 (PostgreSQL mode) and PostgreSQL both run: registration is an
 * update, then an insert when no row was updated, rather than an upsert only one of them knows.
 * Times are kept to the microsecond, the finest both databases store.
 */
@Repository
class JdbcProbeAgents implements ProbeAgents {

    private final JdbcClient jdbc;

    JdbcProbeAgents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs its statements outside a transaction on purpose: when a concurrent registration of the
     * same new id inserts first, the failed insert must not abort a transaction (as it would on
     * PostgreSQL) so that the agent can be updated instead.
     */
    @Override
    public boolean register(ProbeAgent agent) {
        if (update(agent) > 0) {
            return false;
        }
        try {
            jdbc.sql("""
                    INSERT INTO probes.probe_agent (id, segment, address, software_version, registered_at, last_heartbeat)
                    VALUES (:id, :segment, :address, :version, :registeredAt, :lastHeartbeat)""")
                    .param("id", agent.id().value())
                    .param("segment", agent.segment())
                    .param("address", agent.address())
                    .param("version", agent.version())
                    .param("registeredAt", stored(agent.registeredAt()))
                    .param("lastHeartbeat", stored(agent.lastHeartbeat()))
                    .update();
            return true;
        } catch (DuplicateKeyException registeredMeanwhile) {
            update(agent);
            return false;
        }
    }

    private int update(ProbeAgent agent) {
        return jdbc.sql("UPDATE probes.probe_agent SET segment = :segment, address = :address, software_version = :version WHERE id = :id")
                .param("id", agent.id().value())
                .param("segment", agent.segment())
                .param("address", agent.address())
                .param("version", agent.version())
                .update();
    }

    @Override
    public boolean heartbeat(AgentId id, Instant at) {
        return jdbc.sql("UPDATE probes.probe_agent SET last_heartbeat = :at WHERE id = :id")
                .param("id", id.value())
                .param("at", stored(at))
                .update() > 0;
    }

    @Override
    public List<ProbeAgent> page(int offset, int limit) {
        return jdbc.sql("SELECT * FROM probes.probe_agent ORDER BY id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> agent(rs))
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM probes.probe_agent").query(Long.class).single();
    }

    @Override
    public Optional<ProbeAgent> find(AgentId id) {
        return jdbc.sql("SELECT * FROM probes.probe_agent WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> agent(rs))
                .optional();
    }

    private static ProbeAgent agent(ResultSet rs) throws SQLException {
        return new ProbeAgent(new AgentId(rs.getString("id")), rs.getString("segment"), rs.getString("address"),
                rs.getString("software_version"), instant(rs, "registered_at"), instant(rs, "last_heartbeat"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime stored(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
