package org.opencities.testbench.registry.pilot.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.opencities.testbench.registry.pilot.Pilot;
import org.opencities.testbench.registry.pilot.PilotChanged;
import org.opencities.testbench.registry.pilot.PilotId;
import org.opencities.testbench.registry.pilot.PilotQuery;
import org.opencities.testbench.registry.pilot.PilotState;
import org.opencities.testbench.registry.pilot.PilotTransition;
import org.opencities.testbench.registry.pilot.Pilots;
import org.opencities.testbench.registry.pilot.RequiredNetwork;
import org.opencities.testbench.registry.pilot.RequiredNetwork.Bandwidth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcPilots implements Pilots {

    private final JdbcClient jdbc;

    JdbcPilots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void add(Pilot pilot) {
        var network = pilot.requirements();
        jdbc.sql("""
                INSERT INTO registry.pilot (id, app_id, organisation_id, planned_testers, start_date, end_date,
                    downstream_guaranteed_kbps, downstream_maximum_kbps, upstream_guaranteed_kbps, upstream_maximum_kbps,
                    max_latency_ms, max_jitter_ms, max_loss_ratio, state, version, submitted_at)
                VALUES (:id, :app, :organisation, :testers, :start, :end, :downGuaranteed, :downMaximum,
                    :upGuaranteed, :upMaximum, :latency, :jitter, :loss, :state, :version, :submittedAt)""")
                .param("id", pilot.id().value())
                .param("app", pilot.appId())
                .param("organisation", pilot.organisationId())
                .param("testers", pilot.plannedTesters())
                .param("start", pilot.startDate())
                .param("end", pilot.endDate())
                .param("downGuaranteed", network.downstream().guaranteedKbps())
                .param("downMaximum", network.downstream().maximumKbps())
                .param("upGuaranteed", network.upstream().guaranteedKbps())
                .param("upMaximum", network.upstream().maximumKbps())
                .param("latency", network.maxLatencyMs())
                .param("jitter", network.maxJitterMs())
                .param("loss", network.maxLossRatio())
                .param("state", pilot.state().name())
                .param("version", pilot.version())
                .param("submittedAt", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        for (int i = 0; i < pilot.cities().size(); i++) {
            jdbc.sql("INSERT INTO registry.pilot_city (pilot_id, city_id, position) VALUES (:pilot, :city, :position)")
                    .param("pilot", pilot.id().value())
                    .param("city", pilot.cities().get(i))
                    .param("position", i)
                    .update();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Pilot> find(PilotId id) {
        return withCities(jdbc.sql("SELECT * FROM registry.pilot WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> new PilotRow(rs))
                .list()).stream().findFirst();
    }

    @Override
    @Transactional
    public Pilot update(Pilot pilot) {
        int updated = jdbc.sql("UPDATE registry.pilot SET state = :state, version = version + 1 WHERE id = :id AND version = :version")
                .param("state", pilot.state().name())
                .param("id", pilot.id().value())
                .param("version", pilot.version())
                .update();
        if (updated == 0) {
            throw new PilotChanged(pilot.id(), pilot.version());
        }
        return new Pilot(pilot.id(), pilot.appId(), pilot.organisationId(), pilot.cities(), pilot.plannedTesters(),
                pilot.startDate(), pilot.endDate(), pilot.requirements(), pilot.state(), pilot.version() + 1);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Pilot> page(PilotQuery query, int offset, int limit) {
        var where = where(query);
        var statement = jdbc.sql("SELECT * FROM registry.pilot p" + where.sql()
                + " ORDER BY p.submitted_at DESC, p.id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("offset", offset)
                .param("limit", limit);
        where.params().forEach(statement::param);
        return withCities(statement.query((rs, n) -> new PilotRow(rs)).list());
    }

    @Override
    public long count(PilotQuery query) {
        var where = where(query);
        var statement = jdbc.sql("SELECT COUNT(*) FROM registry.pilot p" + where.sql());
        where.params().forEach(statement::param);
        return statement.query(Long.class).single();
    }

    @Override
    public void record(PilotTransition transition) {
        jdbc.sql("""
                INSERT INTO registry.pilot_transition (pilot_id, from_state, to_state, actor, reason, occurred_at)
                VALUES (:pilot, :from, :to, :actor, :reason, :at)""")
                .param("pilot", transition.pilot().value())
                .param("from", transition.from() == null ? null : transition.from().name())
                .param("to", transition.to().name())
                .param("actor", transition.actor())
                .param("reason", transition.reason())
                .param("at", OffsetDateTime.ofInstant(transition.at(), ZoneOffset.UTC))
                .update();
    }

    @Override
    public List<PilotTransition> transitions(PilotId id, int offset, int limit) {
        return jdbc.sql("""
                SELECT * FROM registry.pilot_transition WHERE pilot_id = :pilot
                ORDER BY occurred_at, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY""")
                .param("pilot", id.value())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new PilotTransition(id,
                        rs.getString("from_state") == null ? null : PilotState.valueOf(rs.getString("from_state")),
                        PilotState.valueOf(rs.getString("to_state")), rs.getString("actor"), rs.getString("reason"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    public long countTransitions(PilotId id) {
        return jdbc.sql("SELECT COUNT(*) FROM registry.pilot_transition WHERE pilot_id = :pilot")
                .param("pilot", id.value())
                .query(Long.class)
                .single();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(PilotQuery query) {
        var conditions = new ArrayList<String>();
        var params = new LinkedHashMap<String, Object>();
        if (!query.states().isEmpty()) {
            conditions.add("p.state IN (:states)");
            params.put("states", query.states().stream().map(Enum::name).toList());
        }
        if (query.city() != null) {
            conditions.add("EXISTS (SELECT 1 FROM registry.pilot_city c WHERE c.pilot_id = p.id AND c.city_id = :city)");
            params.put("city", query.city());
        }
        var visibility = query.visibility();
        if (!visibility.everything()) {
            var visible = new ArrayList<String>();
            // An empty IN list is not portable SQL, so each side is added only when it names something.
            if (!visibility.cities().isEmpty()) {
                visible.add("EXISTS (SELECT 1 FROM registry.pilot_city v WHERE v.pilot_id = p.id AND v.city_id IN (:visibleCities))");
                params.put("visibleCities", List.copyOf(visibility.cities()));
            }
            if (!visibility.organisations().isEmpty()) {
                visible.add("p.organisation_id IN (:visibleOrganisations)");
                params.put("visibleOrganisations", List.copyOf(visibility.organisations()));
            }
            conditions.add(visible.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", visible) + ")");
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private List<Pilot> withCities(List<PilotRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> cities = jdbc.sql("SELECT * FROM registry.pilot_city WHERE pilot_id IN (:ids) ORDER BY position")
                .param("ids", rows.stream().map(PilotRow::id).toList())
                .query((rs, n) -> Map.entry(rs.getString("pilot_id"), rs.getString("city_id")))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(row -> row.toPilot(cities.getOrDefault(row.id(), List.of()))).toList();
    }

    private record PilotRow(String id, String appId, String organisationId, int plannedTesters, LocalDate startDate,
            LocalDate endDate, RequiredNetwork requirements, PilotState state, long version) {

        PilotRow(ResultSet rs) throws SQLException {
            this(rs.getString("id"), rs.getString("app_id"), rs.getString("organisation_id"),
                    rs.getInt("planned_testers"), rs.getObject("start_date", LocalDate.class),
                    rs.getObject("end_date", LocalDate.class),
                    new RequiredNetwork(
                            new Bandwidth(rs.getLong("downstream_guaranteed_kbps"), rs.getLong("downstream_maximum_kbps")),
                            new Bandwidth(rs.getLong("upstream_guaranteed_kbps"), rs.getLong("upstream_maximum_kbps")),
                            rs.getInt("max_latency_ms"), rs.getInt("max_jitter_ms"), rs.getDouble("max_loss_ratio")),
                    PilotState.valueOf(rs.getString("state")), rs.getLong("version"));
        }

        Pilot toPilot(List<String> cities) {
            return new Pilot(new PilotId(id), appId, organisationId, cities, plannedTesters, startDate, endDate,
                    requirements, state, version);
        }
    }
}
