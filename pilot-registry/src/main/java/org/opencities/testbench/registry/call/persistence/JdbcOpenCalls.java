package org.opencities.testbench.registry.call.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencities.testbench.registry.app.AppCategory;
import org.opencities.testbench.registry.call.CallChanged;
import org.opencities.testbench.registry.call.CallId;
import org.opencities.testbench.registry.call.CallQuery;
import org.opencities.testbench.registry.call.CallState;
import org.opencities.testbench.registry.call.CallTaken;
import org.opencities.testbench.registry.call.CityCapacity;
import org.opencities.testbench.registry.call.Criterion;
import org.opencities.testbench.registry.call.Eligibility;
import org.opencities.testbench.registry.call.OpenCall;
import org.opencities.testbench.registry.call.OpenCalls;
import org.opencities.testbench.registry.city.CityId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call is a row with its cities, criteria and jurors in child tables that are rewritten as a
 * whole on update. Instants are stored in UTC beside the zone they were given in.
 */
@Repository
class JdbcOpenCalls implements OpenCalls {

    private final JdbcClient jdbc;

    JdbcOpenCalls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void add(OpenCall call) {
        try {
            bind(jdbc.sql("""
                    INSERT INTO registry.open_call (id, owning_city, title, description, opens_at, opens_zone, closes_at,
                        closes_zone, eligible_countries, eligible_categories, min_testers, max_testers, max_pilots, state,
                        version, created_at)
                    VALUES (:id, :owner, :title, :description, :opensAt, :opensZone, :closesAt, :closesZone, :countries,
                        :categories, :minTesters, :maxTesters, :maxPilots, :state, :version, :createdAt)"""), call)
                    .param("owner", call.owner().value())
                    .param("createdAt", OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new CallTaken(call.id());
        }
        writeChildren(call);
    }

    @Override
    @Transactional
    public OpenCall update(OpenCall call) {
        int updated = bind(jdbc.sql("""
                UPDATE registry.open_call SET title = :title, description = :description, opens_at = :opensAt,
                    opens_zone = :opensZone, closes_at = :closesAt, closes_zone = :closesZone,
                    eligible_countries = :countries, eligible_categories = :categories, min_testers = :minTesters,
                    max_testers = :maxTesters, max_pilots = :maxPilots, state = :state, version = version + 1
                WHERE id = :id AND version = :version"""), call)
                .update();
        if (updated == 0) {
            throw new CallChanged(call.id(), call.version());
        }
        for (String table : List.of("open_call_city", "open_call_criterion", "open_call_juror")) {
            jdbc.sql("DELETE FROM registry." + table + " WHERE call_id = :id").param("id", call.id().value()).update();
        }
        writeChildren(call);
        return new OpenCall(call.id(), call.owner(), call.title(), call.description(), call.opensAt(), call.closesAt(),
                call.eligibility(), call.criteria(), call.maxPilots(), call.capacities(), call.jurors(), call.state(),
                call.version() + 1);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OpenCall> find(CallId id) {
        return complete(jdbc.sql("SELECT * FROM registry.open_call WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> new CallRow(rs))
                .list()).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenCall> page(CallQuery query, int offset, int limit) {
        var where = where(query);
        var statement = jdbc.sql("SELECT * FROM registry.open_call c" + where.sql()
                + " ORDER BY c.closes_at, c.id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("offset", offset)
                .param("limit", limit);
        where.params().forEach(statement::param);
        return complete(statement.query((rs, n) -> new CallRow(rs)).list());
    }

    @Override
    public long count(CallQuery query) {
        var where = where(query);
        var statement = jdbc.sql("SELECT COUNT(*) FROM registry.open_call c" + where.sql());
        where.params().forEach(statement::param);
        return statement.query(Long.class).single();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(CallQuery query) {
        var conditions = new ArrayList<String>();
        var params = new LinkedHashMap<String, Object>();
        if (query.state() != null) {
            conditions.add("c.state = :state");
            params.put("state", query.state().name());
        }
        if (query.city() != null) {
            conditions.add("(c.owning_city = :city OR EXISTS (SELECT 1 FROM registry.open_call_city t "
                    + "WHERE t.call_id = c.id AND t.city_id = :city))");
            params.put("city", query.city());
        }
        if (!query.allDrafts()) {
            // An empty IN list is not portable SQL, so the managed cities are named only when there are some.
            if (query.draftsOf().isEmpty()) {
                conditions.add("c.state <> 'DRAFT'");
            } else {
                conditions.add("(c.state <> 'DRAFT' OR c.owning_city IN (:managed))");
                params.put("managed", List.copyOf(query.draftsOf()));
            }
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, OpenCall call) {
        var eligibility = call.eligibility();
        return statement
                .param("id", call.id().value())
                .param("title", call.title())
                .param("description", call.description())
                .param("opensAt", OffsetDateTime.ofInstant(call.opensAt().toInstant(), ZoneOffset.UTC))
                .param("opensZone", call.opensAt().getZone().getId())
                .param("closesAt", OffsetDateTime.ofInstant(call.closesAt().toInstant(), ZoneOffset.UTC))
                .param("closesZone", call.closesAt().getZone().getId())
                .param("countries", String.join(",", eligibility.countries()))
                .param("categories", String.join(",", eligibility.categories().stream().map(Enum::name).toList()))
                .param("minTesters", eligibility.minTesters())
                .param("maxTesters", eligibility.maxTesters())
                .param("maxPilots", call.maxPilots())
                .param("state", call.state().name())
                .param("version", call.version());
    }

    private void writeChildren(OpenCall call) {
        String id = call.id().value();
        for (int i = 0; i < call.capacities().size(); i++) {
            var capacity = call.capacities().get(i);
            jdbc.sql("""
                    INSERT INTO registry.open_call_city (call_id, city_id, position, max_pilots, downstream_kbps, upstream_kbps)
                    VALUES (:call, :city, :position, :maxPilots, :down, :up)""")
                    .param("call", id).param("city", capacity.city().value()).param("position", i)
                    .param("maxPilots", capacity.maxPilots()).param("down", capacity.downstreamKbps())
                    .param("up", capacity.upstreamKbps())
                    .update();
        }
        for (int i = 0; i < call.criteria().size(); i++) {
            var criterion = call.criteria().get(i);
            jdbc.sql("INSERT INTO registry.open_call_criterion (call_id, position, name, weight) VALUES (:call, :position, :name, :weight)")
                    .param("call", id).param("position", i).param("name", criterion.name())
                    .param("weight", criterion.weight())
                    .update();
        }
        for (int i = 0; i < call.jurors().size(); i++) {
            jdbc.sql("INSERT INTO registry.open_call_juror (call_id, username, position) VALUES (:call, :name, :position)")
                    .param("call", id).param("name", call.jurors().get(i)).param("position", i)
                    .update();
        }
    }

    private List<OpenCall> complete(List<CallRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(CallRow::id).toList();
        Map<String, List<CityCapacity>> capacities = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM registry.open_call_city WHERE call_id IN (:ids) ORDER BY call_id, position")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getString("call_id"), new CityCapacity(new CityId(rs.getString("city_id")),
                        rs.getInt("max_pilots"), rs.getLong("downstream_kbps"), rs.getLong("upstream_kbps"))))
                .list()
                .forEach(e -> capacities.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<String, List<Criterion>> criteria = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM registry.open_call_criterion WHERE call_id IN (:ids) ORDER BY call_id, position")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getString("call_id"), new Criterion(rs.getString("name"), rs.getInt("weight"))))
                .list()
                .forEach(e -> criteria.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<String, List<String>> jurors = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM registry.open_call_juror WHERE call_id IN (:ids) ORDER BY call_id, position")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getString("call_id"), rs.getString("username")))
                .list()
                .forEach(e -> jurors.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(row -> row.toCall(capacities.getOrDefault(row.id(), List.of()),
                criteria.getOrDefault(row.id(), List.of()), jurors.getOrDefault(row.id(), List.of()))).toList();
    }

    private record CallRow(String id, String owner, String title, String description, ZonedDateTime opensAt,
            ZonedDateTime closesAt, Eligibility eligibility, int maxPilots, CallState state, long version) {

        CallRow(ResultSet rs) throws SQLException {
            this(rs.getString("id"), rs.getString("owning_city"), rs.getString("title"), rs.getString("description"),
                    zoned(rs, "opens_at", "opens_zone"), zoned(rs, "closes_at", "closes_zone"),
                    new Eligibility(tokens(rs.getString("eligible_countries")),
                            tokens(rs.getString("eligible_categories")).stream().map(AppCategory::valueOf).toList(),
                            rs.getInt("min_testers"), rs.getInt("max_testers")),
                    rs.getInt("max_pilots"), CallState.valueOf(rs.getString("state")), rs.getLong("version"));
        }

        OpenCall toCall(List<CityCapacity> capacities, List<Criterion> criteria, List<String> jurors) {
            return new OpenCall(new CallId(id), new CityId(owner), title, description, opensAt, closesAt, eligibility,
                    criteria, maxPilots, capacities, jurors, state, version);
        }

        private static ZonedDateTime zoned(ResultSet rs, String instant, String zone) throws SQLException {
            return rs.getObject(instant, OffsetDateTime.class).toInstant().atZone(ZoneId.of(rs.getString(zone)));
        }

        private static List<String> tokens(String joined) {
            return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
        }
    }
}
